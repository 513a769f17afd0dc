package dev.kalshisim.sim.feed;

import dev.kalshisim.core.wire.stream.ChannelMessage;
import dev.kalshisim.core.wire.stream.ChannelPayload;
import dev.kalshisim.core.wire.stream.ErrorReply;
import dev.kalshisim.core.wire.stream.StreamErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feed's shared state and the one lock that guards it: connections, subscriptions, the book
 * mirror and the ticker board.
 *
 * <p>Lock order: the engine's dispatch thread takes this lock while it holds the engine's lock, so
 * code holding this lock never calls the engine; command threads ask the engine first and take
 * this lock afterwards. Nothing under this lock waits: messages go to bounded queues, and a full
 * queue closes its connection instead of blocking the engine.
 */
final class FeedHub {

    private static final Logger LOG = LoggerFactory.getLogger(FeedHub.class);

    private final ReentrantLock lock = new ReentrantLock();
    private final FeedFaults faults = new FeedFaults(this::dropConnections);
    private final Map<Long, FeedConnection> connections = new LinkedHashMap<>();
    private final MemberSlots slots = new MemberSlots();
    /** Outboxes closed for a slow or stalled reader since the last {@link #closeStalled}. */
    private final List<Outbox> cutOff = new ArrayList<>();
    private final SubscriptionIndex index = new SubscriptionIndex();
    private BookMirror mirror = new BookMirror();
    private TickerBoard tickers = new TickerBoard();
    private long generation;
    private long lastEventSequence;
    private long lastConnectionId;

    /** Runs {@code action} under the lock. */
    void atomically(Runnable action) {
        lock.lock();
        try {
            action.run();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code action} under the lock and returns its result. */
    <T> T atomically(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    FeedFaults faults() {
        return faults;
    }

    /** The book mirror of the current engine; under the lock. */
    BookMirror mirror() {
        return mirror;
    }

    /** The ticker board of the current engine; under the lock. */
    TickerBoard tickers() {
        return tickers;
    }

    SubscriptionIndex index() {
        return index;
    }

    /** Records that the engine's event {@code sequence} has been applied; under the lock. */
    void noteEvent(long sequence) {
        lastEventSequence = sequence;
    }

    /** The sequence of the last engine event applied (0 before any); under the lock. */
    long lastEventSequence() {
        return lastEventSequence;
    }

    /** Which engine the state belongs to; bumped by {@link #replaceEngine}. Under the lock. */
    long generation() {
        return generation;
    }

    /**
     * Starts over for a new engine (the control plane's reset): closes every connection, since its
     * subscriptions name a world that is gone, and empties the mirror and tickers.
     */
    void replaceEngine(String reason) {
        atomically(() -> {
            generation++;
            lastEventSequence = 0;
            mirror = new BookMirror();
            tickers = new TickerBoard();
            for (FeedConnection connection : new ArrayList<>(connections.values())) {
                forget(connection);
                connection.outbox().closeAfterQueued(StatusCode.SERVICE_RESTART, reason);
            }
        });
    }

    /**
     * Admits an upgrade of {@code memberId} if its open and admitted connections stay within
     * {@code maxPerMember}; the slot is taken until the connection opens (or briefly, if it never does).
     */
    boolean admit(String memberId, int maxPerMember) {
        return atomically(() -> slots.admit(memberId, maxPerMember, System.nanoTime()));
    }

    /**
     * Registers a new connection of {@code memberId} in its admitted slot, or returns {@code null}
     * when the member would pass {@code maxPerMember}.
     */
    FeedConnection open(String memberId, String apiKeyId, Outbox outbox, int maxPerMember) {
        return atomically(() -> {
            if (!slots.open(memberId, maxPerMember, System.nanoTime())) {
                return null;
            }
            FeedConnection connection = new FeedConnection(++lastConnectionId, memberId, apiKeyId, outbox);
            connections.put(connection.id(), connection);
            return connection;
        });
    }

    /**
     * Closes every connection whose frame in flight has waited {@code writeTimeoutNanos} (its
     * client stopped reading) as an overflowing one is closed: error 25, then 1008, behind that
     * frame. Returns the outboxes closed for a slow or stalled reader since the last call, these
     * and the overflowed ones, for the caller to cut those that never read again.
     */
    List<Outbox> closeStalled(long writeTimeoutNanos) {
        long now = System.nanoTime();
        return atomically(() -> {
            for (FeedConnection connection : new ArrayList<>(connections.values())) {
                if (connection.outbox().writeStalled(writeTimeoutNanos, now)) {
                    LOG.info("{} has not read for {} ms; closing it", connection, writeTimeoutNanos / 1_000_000);
                    cutOff(connection, "subscription buffer overflow (error 25): client stopped reading");
                }
            }
            List<Outbox> closed = new ArrayList<>(cutOff);
            cutOff.clear();
            return closed;
        });
    }

    /** Forgets a connection whose socket closed. */
    void closed(FeedConnection connection) {
        atomically(() -> forget(connection));
    }

    /** Open connections now. */
    int connectionCount() {
        return atomically(connections::size);
    }

    /** Runs {@code action} for every open connection, under the lock. */
    void forEachConnection(Consumer<FeedConnection> action) {
        atomically(() -> new ArrayList<>(connections.values()).forEach(action));
    }

    /** Queues a command reply on {@code connection}; under the lock, so it keeps its place among channel messages. */
    void reply(FeedConnection connection, Object reply) {
        if (!connection.isClosed()) {
            enqueue(connection, reply);
        }
    }

    /**
     * Sends {@code payload} on {@code subscription}: numbered when the channel is sequenced, then
     * dropped if a fault says so (the number stays used), else queued. Under the lock.
     */
    void deliver(Subscription subscription, ChannelPayload payload) {
        FeedConnection connection = subscription.owner();
        if (connection.isClosed()) {
            return;
        }
        ChannelMessage<ChannelPayload> message = subscription.channel().isSequenced()
                ? ChannelMessage.sequenced(subscription.sid(), subscription.nextSeq(), payload)
                : ChannelMessage.unsequenced(subscription.sid(), payload);
        if (faults.shouldDrop(subscription.channel().wire(), subscription.sid())) {
            return;
        }
        enqueue(connection, message);
    }

    private void enqueue(FeedConnection connection, Object message) {
        if (connection.outbox().offer(message)) {
            return;
        }
        // Like a real exchange, a reader that cannot keep up is cut off and told why; nothing is skipped silently.
        LOG.info("{} fell {} messages behind; closing it", connection, connection.outbox().queued());
        cutOff(connection, "subscription buffer overflow (error 25): client too slow");
    }

    /** Error 25 and close 1008 behind the frame in flight, the backlog discarded; under the lock. */
    private void cutOff(FeedConnection connection, String reason) {
        forget(connection);
        connection.outbox().abort(ErrorReply.of(0, StreamErrorCode.BUFFER_OVERFLOW), StatusCode.POLICY_VIOLATION, reason);
        cutOff.add(connection.outbox());
    }

    /**
     * Closes every connection signed with {@code apiKeyId} (the key was deleted) with status 1008
     * behind what is already queued; returns how many.
     */
    int closeKey(String apiKeyId) {
        return atomically(() -> {
            int closed = 0;
            for (FeedConnection connection : new ArrayList<>(connections.values())) {
                if (apiKeyId.equals(connection.apiKeyId())) {
                    forget(connection);
                    connection.outbox().closeAfterQueued(StatusCode.POLICY_VIOLATION, "API key deleted");
                    closed++;
                }
            }
            return closed;
        });
    }

    /** Cuts the connections of {@code memberId} (all when null) without a close frame; returns how many. */
    private int dropConnections(String memberId) {
        return atomically(() -> {
            int dropped = 0;
            for (FeedConnection connection : new ArrayList<>(connections.values())) {
                if (memberId == null || memberId.equals(connection.memberId())) {
                    forget(connection);
                    connection.outbox().disconnect();
                    dropped++;
                }
            }
            return dropped;
        });
    }

    private void forget(FeedConnection connection) {
        if (connections.remove(connection.id()) == null) {
            return;
        }
        slots.closed(connection.memberId());
        for (Subscription subscription : connection.close()) {
            index.remove(subscription);
        }
    }
}
