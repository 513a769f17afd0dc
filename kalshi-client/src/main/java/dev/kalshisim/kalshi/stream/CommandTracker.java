package dev.kalshisim.kalshi.stream;

import dev.kalshisim.core.wire.stream.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Commands in flight by id, and the matching of replies to them. Not thread-safe: guarded by the
 * client's lock; the returned actions run outside it.
 */
final class CommandTracker {

    /** A reply's command (or {@code null} when none is pending under its id) and what to run after. */
    record Match(PendingCommand<?> command, Runnable action) {
    }

    private final Map<Long, PendingCommand<?>> pending = new LinkedHashMap<>();

    void add(PendingCommand<?> command) {
        PendingCommand<?> previous = pending.putIfAbsent(command.command.id(), command);
        if (previous != null) {
            throw new IllegalStateException("command id " + command.command.id() + " is already in flight");
        }
    }

    /** Matches {@code reply} by id; a command that got all its replies is removed. */
    Match onReply(Reply reply) {
        PendingCommand<?> command = reply.id() == null ? null : pending.get(reply.id());
        if (command == null) {
            return new Match(null, () -> { });
        }
        Runnable action = command.accept(reply);
        if (command.isDone()) {
            pending.remove(reply.id());
            command.cancelTimeout();
        }
        return new Match(command, action);
    }

    /** Removes command {@code id} if still pending, for a timeout or a failed send. */
    PendingCommand<?> remove(long id) {
        return pending.remove(id);
    }

    /** Removes every pending command; the caller fails them. */
    List<PendingCommand<?>> drain() {
        List<PendingCommand<?>> all = new ArrayList<>(pending.values());
        pending.clear();
        return all;
    }
}
