package dev.kalshisim.sim.feed;

import dev.kalshisim.core.wire.stream.Channel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * Faults the control plane injects into the WebSocket feed so a client can test its gap detection
 * and reconnect handling.
 *
 * <ul>
 *   <li>{@link #dropMessages} skips the next channel messages of a channel (and optionally one sid):
 *       a skipped message still uses up its {@code seq}, so on a sequenced channel the client sees
 *       exactly the gap a lost message would leave.
 *   <li>{@link #dropConnections} cuts connections without a close handshake, as a network failure
 *       would; the client sees an abnormal closure (1006).
 * </ul>
 *
 * <p>Replies to commands are never dropped: Kalshi's clients match them by id, and a lost reply is
 * not a fault a real exchange is known to produce. Thread-safe.
 */
public final class FeedFaults {

    /**
     * A pending drop.
     *
     * @param channel the channel name, e.g. {@code orderbook_delta}
     * @param sid the subscription, or {@code null} for every subscription of the channel
     * @param remaining how many more messages it will drop
     */
    public record DropRule(String channel, Long sid, int remaining) {
    }

    private final List<DropRule> rules = new ArrayList<>();
    private final ToIntFunction<String> connectionDropper;

    FeedFaults(ToIntFunction<String> connectionDropper) {
        this.connectionDropper = connectionDropper;
    }

    /**
     * Drops the next {@code count} channel messages of {@code channel}, on subscription {@code sid}
     * only when it is not {@code null}. Rules add up and are used in the order they were made.
     *
     * @throws IllegalArgumentException for an unknown channel name or a count below 1
     */
    public synchronized void dropMessages(String channel, Long sid, int count) {
        Objects.requireNonNull(channel, "channel");
        if (Channel.fromWire(channel).isEmpty()) {
            throw new IllegalArgumentException("unknown channel: " + channel);
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        if (sid != null && sid < 1) {
            throw new IllegalArgumentException("sid must be at least 1: " + sid);
        }
        rules.add(new DropRule(channel, sid, count));
    }

    /**
     * Cuts every open connection of {@code memberId} ({@code null}: of everyone) at once, without a
     * close frame.
     *
     * @return how many connections were cut
     */
    public int dropConnections(String memberId) {
        // Not synchronized: the dropper takes the feed's lock, which is held while shouldDrop runs.
        return connectionDropper.applyAsInt(memberId);
    }

    /** Forgets every pending drop. */
    public synchronized void clear() {
        rules.clear();
    }

    /** The drops still pending, in the order they apply. */
    public synchronized List<DropRule> pendingDrops() {
        return List.copyOf(rules);
    }

    /** Whether the next message of subscription {@code sid} on {@code channel} is to be dropped; uses up the rule. */
    synchronized boolean shouldDrop(String channel, long sid) {
        Iterator<DropRule> it = rules.iterator();
        for (int i = 0; it.hasNext(); i++) {
            DropRule rule = it.next();
            if (rule.channel().equals(channel) && (rule.sid() == null || rule.sid() == sid)) {
                if (rule.remaining() == 1) {
                    it.remove();
                } else {
                    rules.set(i, new DropRule(rule.channel(), rule.sid(), rule.remaining() - 1));
                }
                return true;
            }
        }
        return false;
    }
}
