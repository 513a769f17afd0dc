package dev.kalshisim.kalshi.stream;

import dev.kalshisim.core.wire.stream.Command;
import dev.kalshisim.core.wire.stream.ErrorReply;
import dev.kalshisim.core.wire.stream.Reply;
import dev.kalshisim.core.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A sent command waiting for its replies: a {@code subscribe} gets one per channel, an
 * {@code unsubscribe} one per sid, the others one. The first {@code error} reply fails the future
 * at once; the command stays registered until every expected reply came, so late replies of a
 * partly failed command are still matched. Not thread-safe: guarded by the client's lock, and the
 * returned actions complete the future outside it.
 *
 * @param <R> the future's result
 */
final class PendingCommand<R> {

    final Command command;
    final CompletableFuture<R> future = new CompletableFuture<>();
    private final Class<? extends Reply> replyType;
    private final int expectedReplies;
    private final Function<List<Reply>, R> result;
    private final List<Reply> replies = new ArrayList<>();
    private int answered;
    private boolean failed;
    private Clock.Timer timeout;

    PendingCommand(Command command, Class<? extends Reply> replyType, int expectedReplies,
                   Function<List<Reply>, R> result) {
        this.command = command;
        this.replyType = replyType;
        this.expectedReplies = Math.max(1, expectedReplies);
        this.result = result;
    }

    void setTimeout(Clock.Timer timer) {
        this.timeout = timer;
    }

    /** Counts {@code reply}; returns what to run outside the lock (possibly nothing). */
    Runnable accept(Reply reply) {
        answered++;
        if (reply instanceof ErrorReply error) {
            if (failed) {
                return () -> { };
            }
            failed = true;
            return () -> future.completeExceptionally(new StreamCommandException(command, error));
        }
        if (replyType.isInstance(reply)) {
            replies.add(reply);
        }
        if (isDone() && !failed) {
            R value = result.apply(List.copyOf(replies));
            return () -> future.complete(value);
        }
        return () -> { };
    }

    /** Whether every expected reply came. */
    boolean isDone() {
        return answered >= expectedReplies;
    }

    /** Stops the timeout; returns the action that fails the future with {@code cause}. */
    Runnable fail(Throwable cause) {
        cancelTimeout();
        return () -> future.completeExceptionally(cause);
    }

    /** Fails the future because the replies did not all come in time. */
    Runnable expire(long timeoutNanos) {
        return fail(new TimeoutException(command.cmd() + " (id " + command.id() + ") got " + answered + " of "
                + expectedReplies + " replies in " + timeoutNanos / 1_000_000 + " ms"));
    }

    void cancelTimeout() {
        if (timeout != null) {
            timeout.cancel();
        }
    }
}
