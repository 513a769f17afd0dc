package dev.kalshisim.sim.feed;

import dev.kalshisim.core.wire.stream.StreamCodec;
import dev.kalshisim.sim.engine.Exchange;
import dev.kalshisim.sim.server.auth.AuthFilter;
import dev.kalshisim.sim.server.state.SimState;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kalshi's WebSocket API on the simulator, at {@value #PATH}.
 *
 * <pre>
 * KalshiFeed feed = KalshiFeed.forState(state, FeedConfig.defaults());
 * jetty.setHandler(feed.wrap(jetty, restHandler)); // upgrades at /trade-api/ws/v2, the rest falls through
 * feed.start();                                    // before jetty.start()
 * ...
 * feed.close();                                    // before jetty.stop()
 * </pre>
 *
 * <p>Connections need the REST API's signature, over {@code GET /trade-api/ws/v2}. Each connection
 * has a bounded queue ({@link FeedConfig#queueCapacity()}); one that overflows, or whose client
 * stops reading for {@link FeedConfig#writeTimeout()}, is closed with error 25 and status 1008. A
 * member may hold {@link FeedConfig#maxConnectionsPerMember()} connections. The server pings every
 * {@link FeedConfig#pingInterval()}. The control plane
 * injects faults through {@link #faults()}. Thread-safe.
 */
public final class KalshiFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KalshiFeed.class);

    /** Where Kalshi serves its WebSocket API. */
    public static final String PATH = "/trade-api/ws/v2";

    private static final int SENDER_THREADS = 2;

    private final FeedHub hub = new FeedHub();
    private final EngineBinding binding;
    private final AuthFilter auth;
    private final CommandProcessor commands;
    private final StreamCodec codec = StreamCodec.create();
    private final ExecutorService senders;
    private final ScheduledExecutorService timer;
    private volatile FeedConfig config;
    private volatile boolean closeOnKeyDeletion = true;
    /** Whether an API key id is still registered; every key is, unless {@link #forState} knows the registry. */
    private volatile Predicate<String> keyExists = apiKeyId -> true;
    private ScheduledFuture<?> pings;
    private ScheduledFuture<?> writeWatch;
    private boolean started;

    /**
     * A feed over the engine {@code engine} supplies, admitting connections that {@code auth}
     * accepts. Whoever replaces the engine behind the supplier calls {@link #engineReplaced()}.
     */
    public KalshiFeed(Supplier<Exchange> engine, AuthFilter auth, FeedConfig config) {
        this.binding = new EngineBinding(engine, hub);
        this.auth = Objects.requireNonNull(auth, "auth");
        this.config = Objects.requireNonNull(config, "config");
        EngineLookups lookups = new EngineLookups(hub);
        this.commands = new CommandProcessor(hub, codec,
                new SubscribeHandler(hub, binding, lookups, () -> this.config.maxMarketsPerSubscription()),
                new UpdateHandler(hub, binding, lookups, () -> this.config.maxMarketsPerSubscription()));
        // Few threads suffice: a send task never waits (Jetty's send is asynchronous), and each
        // connection has at most one task queued, so the queue is bounded by the connections and
        // handing it a task never makes the engine's thread wait or start a thread. Tasks arriving
        // after shutdown are discarded: a send completing while the feed closes has nowhere to go.
        this.senders = new ThreadPoolExecutor(SENDER_THREADS, SENDER_THREADS, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads("kalshi-feed-send-"), new ThreadPoolExecutor.DiscardPolicy());
        this.timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("kalshi-feed-timer-"));
    }

    /**
     * A feed over the simulator's engine, checking signatures like its REST API (same keys, clock
     * and window), and following the engine across control-plane resets (which clear its faults).
     */
    public static KalshiFeed forState(SimState state, FeedConfig config) {
        KalshiFeed feed = new KalshiFeed(state::exchange,
                new AuthFilter(state.keys(), state.clock(), state.config().authWindow()), config);
        state.onReset(() -> {
            feed.faults().clear();
            feed.engineReplaced();
        });
        feed.keyExists = apiKeyId -> state.keys().find(apiKeyId).isPresent();
        state.keys().onRemoved(key -> feed.keyDeleted(key.apiKeyId()));
        return feed;
    }

    /**
     * The handler to install on {@code jetty}: upgrades requests to {@value #PATH} and passes every
     * other request to {@code next}.
     */
    public Handler wrap(Server jetty, Handler next) {
        UpgradeGate gate = new UpgradeGate(auth, binding::refresh,
                caller -> new FeedSocket(caller.memberId(), caller.apiKeyId(), hub, commands,
                        session -> new Outbox(session, config.queueCapacity(), senders, codec),
                        () -> config.maxConnectionsPerMember(), this::recheckKey),
                hub::admit, () -> config.maxConnectionsPerMember());
        WebSocketUpgradeHandler upgrades = WebSocketUpgradeHandler.from(jetty, container -> {
            container.setIdleTimeout(config.idleTimeout());
            container.addMapping(PATH, gate);
        });
        upgrades.setHandler(next);
        return upgrades;
    }

    /** Starts listening to the engine and pinging; idempotent. */
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        binding.refresh();
        schedulePings();
        scheduleWriteWatch();
    }

    /** The faults the control plane can inject. */
    public FeedFaults faults() {
        return hub.faults();
    }

    public FeedConfig config() {
        return config;
    }

    /**
     * Replaces the configuration: the queue capacity applies to connections opened from now on,
     * the ping interval, write timeout and connection cap at once.
     */
    public synchronized void configure(FeedConfig newConfig) {
        this.config = Objects.requireNonNull(newConfig, "newConfig");
        if (started) {
            schedulePings();
            scheduleWriteWatch();
        }
    }

    /**
     * Whether deleting an API key closes the open connections it signed (status 1008, "API key
     * deleted"; the default) or leaves them open until they close on their own. Either way the
     * key opens no new connection. Kalshi does not document which it does.
     */
    public void closeConnectionsOfDeletedKeys(boolean value) {
        this.closeOnKeyDeletion = value;
    }

    /** Whether deleting an API key closes its open connections (see {@link #closeConnectionsOfDeletedKeys}). */
    public boolean closesConnectionsOfDeletedKeys() {
        return closeOnKeyDeletion;
    }

    /** The key {@code apiKeyId} was deleted: closes its connections if so configured; returns how many. */
    public int keyDeleted(String apiKeyId) {
        return closeOnKeyDeletion ? hub.closeKey(apiKeyId) : 0;
    }

    /** Closes the connections of {@code apiKeyId} if the key is gone by now (see {@link FeedSocket}). */
    private void recheckKey(String apiKeyId) {
        if (!keyExists.test(apiKeyId)) {
            keyDeleted(apiKeyId);
        }
    }

    /** Open connections now. */
    public int connectionCount() {
        return hub.connectionCount();
    }

    /**
     * Moves the feed to the engine the supplier now returns: open connections are closed (1012,
     * "simulator reset"), since their subscriptions refer to markets that no longer exist.
     */
    public void engineReplaced() {
        binding.refresh();
    }

    /** Closes every connection (status 1001), stops listening to the engine and stops the feed's threads. */
    @Override
    public synchronized void close() {
        started = false;
        timer.shutdownNow();
        binding.detach();
        hub.forEachConnection(connection -> {
            hub.closed(connection);
            connection.outbox().closeAfterQueued(StatusCode.SHUTDOWN, "server shutting down");
        });
        senders.shutdown();
    }

    private void schedulePings() {
        if (pings != null) {
            pings.cancel(false);
        }
        long millis = config.pingInterval().toMillis();
        pings = timer.scheduleAtFixedRate(guarded("ping", () -> hub.forEachConnection(c -> c.outbox().ping())),
                millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Looks for stalled readers a few times per write timeout (at most every second): a reader is
     * closed between one and about 1.25 write timeouts after its last frame stopped moving, and
     * cut without a close frame if it still reads nothing a write timeout later.
     */
    private void scheduleWriteWatch() {
        if (writeWatch != null) {
            writeWatch.cancel(false);
        }
        long timeoutMillis = config.writeTimeout().toMillis();
        long period = Math.max(10, Math.min(1_000, timeoutMillis / 4));
        writeWatch = timer.scheduleAtFixedRate(guarded("write timeout", () -> {
            for (Outbox stalled : hub.closeStalled(TimeUnit.MILLISECONDS.toNanos(timeoutMillis))) {
                timer.schedule(guarded("disconnect", stalled::disconnectUnlessCloseSent), timeoutMillis,
                        TimeUnit.MILLISECONDS);
            }
        }), period, period, TimeUnit.MILLISECONDS);
    }

    /** {@code task}, logging instead of throwing: a periodic task that throws is never run again. */
    private static Runnable guarded(String name, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException failure) {
                LOG.error("feed {} failed", name, failure);
            }
        };
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
