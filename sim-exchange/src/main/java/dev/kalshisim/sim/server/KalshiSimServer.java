package dev.kalshisim.sim.server;

import dev.kalshisim.sim.control.ControlPlane;
import dev.kalshisim.sim.feed.FeedConfig;
import dev.kalshisim.sim.feed.KalshiFeed;
import dev.kalshisim.sim.replay.playback.Playback;
import dev.kalshisim.sim.replay.playback.PlaybackListener;
import dev.kalshisim.sim.server.auth.AuthFilter;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.Router;
import dev.kalshisim.sim.server.rest.AccountDataRoutes;
import dev.kalshisim.sim.server.rest.AccountRoutes;
import dev.kalshisim.sim.server.rest.ApiKeyRoutes;
import dev.kalshisim.sim.server.rest.CandlestickRoutes;
import dev.kalshisim.sim.server.rest.CommunicationsRoutes;
import dev.kalshisim.sim.server.rest.EventDataRoutes;
import dev.kalshisim.sim.server.rest.EventRoutes;
import dev.kalshisim.sim.server.rest.ExchangeRoutes;
import dev.kalshisim.sim.server.rest.FcmRoutes;
import dev.kalshisim.sim.server.rest.HistoricalRoutes;
import dev.kalshisim.sim.server.rest.InstanceTransferRoutes;
import dev.kalshisim.sim.server.rest.LegacyOrderRoutes;
import dev.kalshisim.sim.server.rest.LiveDataRoutes;
import dev.kalshisim.sim.server.rest.MarketRoutes;
import dev.kalshisim.sim.server.rest.MilestoneRoutes;
import dev.kalshisim.sim.server.rest.MultivariateRoutes;
import dev.kalshisim.sim.server.rest.OrderGroupRoutes;
import dev.kalshisim.sim.server.rest.OrderReadRoutes;
import dev.kalshisim.sim.server.rest.OrderWriteRoutes;
import dev.kalshisim.sim.server.rest.PortfolioRoutes;
import dev.kalshisim.sim.server.rest.ReferenceRoutes;
import dev.kalshisim.sim.server.rest.SubaccountRoutes;
import dev.kalshisim.sim.server.state.SimState;
import java.util.List;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The simulated Kalshi exchange over HTTP: Kalshi's REST API under {@code /trade-api/v2}, its
 * WebSocket API at {@code /trade-api/ws/v2} ({@link KalshiFeed}) and the control plane under
 * {@code /sim/v1}, on Jetty 12, bound to loopback by default.
 *
 * <pre>
 * try (KalshiSimServer server = KalshiSimServer.start(ServerConfig.defaults())) {
 *     String baseUrl = server.baseUrl() + "/trade-api/v2"; // what a bot's SDK is pointed at
 * }
 * </pre>
 *
 * <p>Jetty serves requests concurrently; the engine serializes every state change. Thread-safe.
 */
public final class KalshiSimServer implements AutoCloseable {

    private final ServerConfig config;
    private final SimState state;
    private final Server jetty;
    private final ServerConnector connector;
    private final KalshiFeed feed;
    /** Set while the constructor builds the API, so {@link #restRoutes()} lists exactly what is served. */
    private KalshiApi api;
    /** The recording being played as the rest of the market, when the config names one. */
    private volatile Playback playback;

    private KalshiSimServer(ServerConfig config) {
        this.config = config;
        this.state = new SimState(config.stateConfig());
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("kalshi-sim");
        threads.setDaemon(true);
        this.jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ClientTimeouts timeouts = config.clientTimeouts();
        http.setIdleTimeout(timeouts.idleTimeout().toMillis());
        this.connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(config.bindAddress());
        connector.setPort(config.port());
        connector.setIdleTimeout(timeouts.idleTimeout().toMillis());
        // Slow headers hold no thread in Jetty; this only keeps them from holding a connection for long.
        connector.addBean(new HeaderDeadline(connector, timeouts));
        jetty.addConnector(connector);
        this.feed = KalshiFeed.forState(state, FeedConfig.defaults());
        jetty.setHandler(feed.wrap(jetty, new SimHandler(newApi(), new ControlPlane(state, feed.faults(), () -> playback), state.faults(),
                config.clock(), timeouts)));
        jetty.setErrorHandler(new KalshiErrorPages());
        // Stop at once: a simulator has no in-flight work worth draining, and tests start and stop many servers.
        jetty.setStopTimeout(0);
    }

    /**
     * Starts a server with {@code config} and returns once it accepts connections.
     *
     * @throws IllegalStateException if the port cannot be bound
     */
    public static KalshiSimServer start(ServerConfig config) {
        return start(config, PlaybackListener.NONE);
    }

    /**
     * Starts a server and, when {@code config} names a recording, its playback, telling
     * {@code replayListener} when the recording is exhausted.
     *
     * @throws IllegalStateException if the port cannot be bound
     * @throws IllegalArgumentException with one line when the recording's markets cannot be created
     */
    public static KalshiSimServer start(ServerConfig config, PlaybackListener replayListener) {
        KalshiSimServer server = new KalshiSimServer(config);
        try {
            server.feed.start();
            server.jetty.start();
        } catch (Exception e) {
            server.close();
            throw new IllegalStateException("cannot start the simulator on " + config.bindAddress() + ":" + config.port()
                    + ": " + e.getMessage(), e);
        }
        if (config.replay() != null) {
            try {
                server.playback = Playback.start(config.replay(), server.state::exchange, config.clock(), replayListener);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            // Registered after the feed's own reset listener, so the feed follows the new engine first.
            server.state.onReset(server.playback::engineReplaced);
        }
        return server;
    }

    /** The playback of the recording this server replays, or null when it replays none. */
    public Playback playback() {
        return playback;
    }

    /** The port listened on (the chosen one when the config asked for 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** {@code http://127.0.0.1:PORT}, without a path; Kalshi's API is under {@code /trade-api/v2}. */
    public String baseUrl() {
        return "http://" + config.bindAddress() + ":" + port();
    }

    /** The config this server runs with. */
    public ServerConfig config() {
        return config;
    }

    /** The simulator's state (engine, keys, limits, journal), for in-process tests and tools. */
    public SimState state() {
        return state;
    }

    /** The WebSocket feed, for its fault injection. */
    public KalshiFeed feed() {
        return feed;
    }

    /**
     * Every route served under {@code /trade-api/v2}, in the order added; for tests that must cover
     * each served endpoint (the OpenAPI conformance test).
     */
    public List<Route> restRoutes() {
        return api.routes();
    }

    /** Stops accepting connections and shuts down; idempotent. */
    @Override
    public void close() {
        Playback replaying = playback;
        if (replaying != null) {
            replaying.close();
        }
        feed.close();
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the simulator: " + e.getMessage(), e);
        } finally {
            state.close();
        }
    }

    private KalshiApi newApi() {
        Router router = Router.pricedBy(state.limiter().costs(), KalshiApi.PREFIX)
                .addAll(new ExchangeRoutes(state).routes())
                .addAll(new MarketRoutes(state).routes())
                .addAll(new CandlestickRoutes(state).routes())
                .addAll(new EventRoutes(state).routes())
                .addAll(new PortfolioRoutes(state).routes())
                .addAll(new SubaccountRoutes(state).routes())
                .addAll(new OrderReadRoutes(state).routes())
                .addAll(new OrderWriteRoutes(state).routes())
                .addAll(new LegacyOrderRoutes(state, config.legacyOrderWrites()).routes())
                .addAll(new AccountRoutes(state).routes())
                .addAll(new HistoricalRoutes(state).routes())
                .addAll(new MilestoneRoutes(state).routes())
                .addAll(new LiveDataRoutes(state).routes())
                .addAll(new ReferenceRoutes(state).routes())
                .addAll(new EventDataRoutes(state).routes())
                .addAll(new FcmRoutes(state).routes())
                .addAll(new AccountDataRoutes(state).routes())
                .addAll(new InstanceTransferRoutes(state).routes())
                .addAll(new OrderGroupRoutes(state).routes())
                .addAll(new ApiKeyRoutes(state).routes())
                .addAll(new CommunicationsRoutes(state).routes())
                .addAll(new MultivariateRoutes(state).routes());
        AuthFilter auth = new AuthFilter(state.keys(), config.clock(), config.authWindow());
        api = new KalshiApi(router, auth, state.limiter(), state.journal(), config.clock(), config.rateLimitHeaders());
        return api;
    }
}
