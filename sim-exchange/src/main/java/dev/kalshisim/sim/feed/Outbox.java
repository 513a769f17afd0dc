package dev.kalshisim.sim.feed;

import dev.kalshisim.core.wire.stream.StreamCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's bounded queue of outgoing messages and the sender that drains it, one message
 * at a time, through Jetty's asynchronous send.
 *
 * <p>Producers (the engine's dispatch thread and command threads, always under the feed's lock)
 * only {@link #offer} and never wait; serialization and I/O happen on the send executor. At most
 * one text frame is in flight, so a slow reader fills this queue rather than Jetty's; a reader that
 * stopped altogether leaves that frame in flight, which {@link #writeStalled} reports.
 */
final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final ByteBuffer HEARTBEAT = ByteBuffer.wrap("heartbeat".getBytes(StandardCharsets.US_ASCII))
            .asReadOnlyBuffer();

    /** A close frame to send once everything queued before it is out. */
    private record CloseFrame(int statusCode, String reason) {
    }

    private final Session session;
    private final ArrayBlockingQueue<Object> queue;
    private final Executor executor;
    private final StreamCodec codec;
    private final AtomicBoolean sending = new AtomicBoolean();
    private volatile boolean closing;
    /** Whether a text frame is with Jetty and not yet written, and since when (System.nanoTime). */
    private volatile boolean writing;
    private volatile long writeStartedNanos;
    private volatile boolean closeFrameSent;

    Outbox(Session session, int capacity, Executor executor, StreamCodec codec) {
        this.session = session;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.executor = executor;
        this.codec = codec;
    }

    /**
     * Queues a message (a record of {@code core.wire.stream}); returns {@code false}, without
     * waiting, when the queue is full. Ignored once the connection is closing.
     */
    boolean offer(Object message) {
        if (closing) {
            return true;
        }
        if (!queue.offer(message)) {
            return false;
        }
        wake();
        return true;
    }

    /**
     * Gives up on the queued messages: sends {@code lastMessage} after the frame already in flight,
     * then closes with {@code statusCode} and {@code reason}. Nothing offered afterwards is sent.
     */
    void abort(Object lastMessage, int statusCode, String reason) {
        closing = true;
        // Producers hold the feed's lock and the sender only polls, so the two slots are free after clear().
        queue.clear();
        queue.offer(lastMessage);
        queue.offer(new CloseFrame(statusCode, reason));
        wake();
    }

    /** Closes with a close handshake after the messages already queued. */
    void closeAfterQueued(int statusCode, String reason) {
        if (closing) {
            return;
        }
        closing = true;
        if (!queue.offer(new CloseFrame(statusCode, reason))) {
            queue.clear();
            queue.offer(new CloseFrame(statusCode, reason));
        }
        wake();
    }

    /** Cuts the connection at once, without a close frame. */
    void disconnect() {
        closing = true;
        queue.clear();
        session.disconnect();
    }

    /** Sends a Ping frame with payload {@code heartbeat}, ahead of queued messages (control frames may interleave). */
    void ping() {
        if (!closing && session.isOpen()) {
            session.sendPing(HEARTBEAT.duplicate(), Callback.NOOP);
        }
    }

    /** Messages waiting to be sent. */
    int queued() {
        return queue.size();
    }

    /**
     * Whether the frame in flight has waited at least {@code timeoutNanos} at {@code nowNanos}:
     * the client has stopped reading, since a frame that waits that long is stuck behind full
     * TCP buffers, however much room the queue still has.
     */
    boolean writeStalled(long timeoutNanos, long nowNanos) {
        return writing && nowNanos - writeStartedNanos >= timeoutNanos;
    }

    /**
     * Cuts the connection without a close frame if its close frame never got out (it is still
     * queued behind a frame the client will not read); a client that read on got it, and keeps its
     * close handshake.
     */
    void disconnectUnlessCloseSent() {
        if (!closeFrameSent) {
            LOG.debug("feed connection still not reading; disconnecting");
            disconnect();
        }
    }

    private void wake() {
        if (sending.compareAndSet(false, true)) {
            executor.execute(this::sendNext);
        }
    }

    private void sendNext() {
        Object next = queue.poll();
        if (next == null) {
            sending.set(false);
            // A producer may have offered between poll() and set(false) and found the sender busy.
            if (!queue.isEmpty()) {
                wake();
            }
            return;
        }
        if (next instanceof CloseFrame close) {
            // The sender stays marked busy for good: nothing may follow a close frame.
            closeFrameSent = true;
            session.close(close.statusCode(), close.reason(), Callback.NOOP);
            return;
        }
        String text;
        try {
            text = codec.write(next);
        } catch (IllegalArgumentException bug) {
            LOG.error("cannot write feed message {}", next, bug);
            executor.execute(this::sendNext);
            return;
        }
        writeStartedNanos = System.nanoTime();
        writing = true;
        session.sendText(text, Callback.from(this::sent, this::sendFailed));
    }

    private void sent() {
        writing = false;
        executor.execute(this::sendNext);
    }

    private void sendFailed(Throwable failure) {
        // The socket is gone; Jetty reports the close to the connection, which unregisters it.
        writing = false;
        closing = true;
        queue.clear();
        LOG.debug("feed send failed: {}", failure.toString());
    }
}
