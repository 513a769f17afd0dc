package dev.kalshisim.kalshi.stream;

import dev.kalshisim.kalshi.stream.transport.TransportListener;
import dev.kalshisim.kalshi.stream.transport.WebSocketConnection;
import dev.kalshisim.kalshi.stream.transport.WebSocketTransport;
import dev.kalshisim.core.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Owns the socket's life: the first connect, the heartbeat, and reconnects with backoff after a
 * drop. Each connection attempt gets an epoch number, and callbacks from an older attempt are
 * ignored, so a late event from a dead socket can never disturb the current one. Opens and drops
 * are delivered outside this class's lock, in the order they happened. Thread-safe.
 */
final class ConnectionSupervisor {

    /** What the client hears from the supervisor. */
    interface Events {
        void opened(boolean reconnected);

        void text(String text);

        void dropped(String reason, long reconnectInNanos);
    }

    private static final byte[] PING_PAYLOAD = "kalshi-sim".getBytes(StandardCharsets.US_ASCII);

    private final StreamConfig config;
    private final Supplier<Map<String, String>> upgradeHeaders;
    private final WebSocketTransport transport;
    private final Clock clock;
    private final RandomGenerator random;
    private final Events events;
    private final Object lock = new Object();
    private final CompletableFuture<Void> firstOpen = new CompletableFuture<>();
    private ConnectionState state = ConnectionState.NEW;
    private volatile long epoch;
    private WebSocketConnection connection;
    private volatile Heartbeat heartbeat;
    private Clock.Timer reconnectTimer;
    private boolean everOpened;
    private int attempt;
    private long openedAtNanos = -1;
    /**
     * Notices of opens and drops, queued under {@link #lock} in the order the state changed and
     * delivered outside it by one thread at a time, so a listener never hears a reconnect before the
     * drop it followed (the drop's thread may still be on its way out of the lock when the reconnect
     * timer's thread opens the next connection). Guarded by itself.
     */
    private final ArrayDeque<Runnable> notices = new ArrayDeque<>();
    private boolean delivering;

    ConnectionSupervisor(StreamConfig config, Supplier<Map<String, String>> upgradeHeaders,
                         WebSocketTransport transport, Clock clock, RandomGenerator random, Events events) {
        this.config = config;
        this.upgradeHeaders = upgradeHeaders;
        this.transport = transport;
        this.clock = clock;
        this.random = random;
        this.events = events;
    }

    /** Starts the first connection; the future fails if it cannot be opened (no retry then). */
    CompletableFuture<Void> start() {
        long current;
        synchronized (lock) {
            if (state != ConnectionState.NEW) {
                throw new IllegalStateException("connect() may be called once; state is " + state);
            }
            state = ConnectionState.CONNECTING;
            current = ++epoch;
        }
        open(current);
        return firstOpen;
    }

    ConnectionState state() {
        synchronized (lock) {
            return state;
        }
    }

    /** Sends {@code text} on the open connection, or fails at once when there is none. */
    CompletableFuture<Void> send(String text) {
        WebSocketConnection open;
        synchronized (lock) {
            open = state == ConnectionState.OPEN ? connection : null;
        }
        if (open == null) {
            return CompletableFuture.failedFuture(new StreamConnectionException("not connected (" + state() + ")"));
        }
        return open.sendText(text);
    }

    /** Closes for good: no reconnect follows. */
    void close() {
        WebSocketConnection open;
        synchronized (lock) {
            if (state == ConnectionState.CLOSED) {
                return;
            }
            state = ConnectionState.CLOSED;
            epoch++;
            open = connection;
            connection = null;
            stopTimers();
        }
        firstOpen.completeExceptionally(new StreamConnectionException("closed before the connection opened"));
        if (open != null) {
            open.close(1000, "client closing").whenComplete((ignored, failure) -> open.abort());
        }
    }

    private void open(long attemptEpoch) {
        Map<String, String> headers;
        try {
            headers = upgradeHeaders.get();
        } catch (RuntimeException e) {
            connectFinished(attemptEpoch, null, e);
            return;
        }
        transport.connect(config.url(), headers, new Receiver(attemptEpoch))
                .whenComplete((opened, failure) -> connectFinished(attemptEpoch, opened, failure));
    }

    private void connectFinished(long attemptEpoch, WebSocketConnection opened, Throwable failure) {
        Runnable after;
        synchronized (lock) {
            if (attemptEpoch != epoch || state == ConnectionState.CLOSED) {
                if (opened != null) {
                    opened.abort();
                }
                return;
            }
            if (failure == null) {
                after = onOpened(attemptEpoch, opened);
            } else if (!everOpened) {
                // A first connect that fails (bad URL, refused auth) is the caller's to handle, not to retry blindly.
                state = ConnectionState.CLOSED;
                Throwable cause = unwrap(failure);
                after = () -> firstOpen.completeExceptionally(
                        new StreamConnectionException("cannot connect to " + config.url() + ": " + cause.getMessage(), cause));
            } else {
                long delay = scheduleReconnect();
                after = () -> events.dropped("reconnect failed: " + unwrap(failure).getMessage(), delay);
            }
            queue(after);
        }
        deliver();
    }

    /** Under the lock: the attempt succeeded. Returns the notifications to send outside it. */
    private Runnable onOpened(long attemptEpoch, WebSocketConnection opened) {
        boolean reconnected = everOpened;
        everOpened = true;
        connection = opened;
        state = ConnectionState.OPEN;
        openedAtNanos = clock.nowNanos();
        heartbeat = new Heartbeat(clock, config.pingIntervalNanos(), config.idleTimeoutNanos(),
                () -> ping(attemptEpoch),
                () -> dropped(attemptEpoch, "no frame for " + config.idleTimeoutNanos() / 1_000_000 + " ms"));
        heartbeat.start();
        return () -> {
            firstOpen.complete(null);
            events.opened(reconnected);
        };
    }

    private void dropped(long attemptEpoch, String reason) {
        WebSocketConnection dead;
        synchronized (lock) {
            if (attemptEpoch != epoch || state != ConnectionState.OPEN) {
                return;
            }
            dead = connection;
            connection = null;
            heartbeat.stop();
            long delay = scheduleReconnect();
            queue(() -> events.dropped(reason, delay));
        }
        // Needed when the heartbeat gave up on a silent socket; harmless when the server already closed it.
        dead.abort();
        deliver();
    }

    /** Under the lock: queues a notice, to be delivered in order by {@link #deliver}. */
    private void queue(Runnable notice) {
        synchronized (notices) {
            notices.add(notice);
        }
    }

    /** Outside the lock: delivers the queued notices in order, unless another thread already is. */
    private void deliver() {
        while (true) {
            Runnable next;
            synchronized (notices) {
                if (delivering || notices.isEmpty()) {
                    return;
                }
                delivering = true;
                next = notices.poll();
            }
            try {
                next.run();
            } finally {
                synchronized (notices) {
                    delivering = false;
                }
            }
        }
    }

    /** Under the lock: picks the next wait and schedules the attempt. */
    private long scheduleReconnect() {
        if (openedAtNanos >= 0 && clock.nowNanos() - openedAtNanos >= config.stableConnectionNanos()) {
            attempt = 0;
        }
        openedAtNanos = -1;
        long delay = config.backoff().waitNanos(attempt, random);
        if (attempt < Long.SIZE) {
            attempt++;
        }
        state = ConnectionState.RECONNECTING;
        reconnectTimer = clock.scheduleAfter(delay, this::reconnect);
        return delay;
    }

    private void reconnect() {
        long current;
        synchronized (lock) {
            if (state != ConnectionState.RECONNECTING) {
                return;
            }
            state = ConnectionState.CONNECTING;
            current = ++epoch;
        }
        open(current);
    }

    private void ping(long attemptEpoch) {
        WebSocketConnection open;
        synchronized (lock) {
            open = attemptEpoch == epoch && state == ConnectionState.OPEN ? connection : null;
        }
        if (open != null) {
            open.sendPing(PING_PAYLOAD);
        }
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** Under the lock. */
    private void stopTimers() {
        if (reconnectTimer != null) {
            reconnectTimer.cancel();
        }
        if (heartbeat != null) {
            heartbeat.stop();
        }
    }

    /** Receives for one attempt; ignores everything once a newer attempt exists. */
    private final class Receiver implements TransportListener {
        private final long attemptEpoch;

        Receiver(long attemptEpoch) {
            this.attemptEpoch = attemptEpoch;
        }

        @Override
        public void onText(String text) {
            if (isCurrent()) {
                touch();
                events.text(text);
            }
        }

        @Override
        public void onPing(byte[] payload) {
            touch();
        }

        @Override
        public void onPong(byte[] payload) {
            touch();
        }

        @Override
        public void onClosed(int statusCode, String reason) {
            dropped(attemptEpoch, "closed by server: " + statusCode + (reason.isEmpty() ? "" : " " + reason));
        }

        @Override
        public void onError(Throwable error) {
            dropped(attemptEpoch, "connection failed: " + error);
        }

        private boolean isCurrent() {
            return attemptEpoch == epoch;
        }

        private void touch() {
            Heartbeat current = heartbeat;
            if (isCurrent() && current != null) {
                current.activity();
            }
        }
    }
}
