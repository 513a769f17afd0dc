package dev.kalshisim.sim.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.control.client.ControlPlaneClient;
import dev.kalshisim.sim.control.client.OpenedAccount;
import dev.kalshisim.sim.replay.playback.Playback;
import dev.kalshisim.sim.replay.playback.PlaybackConfig;
import dev.kalshisim.sim.replay.playback.PlaybackSource;
import dev.kalshisim.sim.server.KalshiSimServer;
import dev.kalshisim.sim.server.ServerConfig;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running simulator in this JVM, as tests use it: where it listens, and setup through the
 * control plane ({@code /sim/v1}) with {@link ControlPlaneClient}, the same HTTP calls a test in
 * any language makes.
 *
 * <p>{@link #start()} listens on 127.0.0.1 on an ephemeral port ({@link ServerConfig#defaults()});
 * {@link #start(ServerConfig)} runs any config, e.g. with a {@code VirtualClock}. The server
 * itself stays reachable through {@link #server()} for what the control plane does not offer.
 * Thread-safe.
 */
public final class EmbeddedSimulator implements AutoCloseable {

    /** Kalshi's REST API path on the server. */
    public static final String REST_PATH = "/trade-api/v2";
    /** Kalshi's WebSocket path on the server. */
    public static final String WEB_SOCKET_PATH = "/trade-api/ws/v2";

    private final KalshiSimServer server;
    private final String serverUrl;
    private final ControlPlaneClient control;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private EmbeddedSimulator(KalshiSimServer server) {
        this.server = server;
        // Kept: a stopped Jetty connector no longer knows its port.
        this.serverUrl = server.baseUrl();
        this.control = new ControlPlaneClient(serverUrl);
    }

    /** Starts a simulator on 127.0.0.1, an ephemeral port, Kalshi's published limits and wall time. */
    public static EmbeddedSimulator start() {
        return start(ServerConfig.defaults());
    }

    /** Starts a simulator with {@code config}; returns once it accepts connections. */
    public static EmbeddedSimulator start(ServerConfig config) {
        return new EmbeddedSimulator(KalshiSimServer.start(Objects.requireNonNull(config, "config")));
    }

    /**
     * Starts a simulator that plays {@code source} as the rest of the market on a virtual clock at
     * the recording's first receive time, with the opening books already placed. Step it with
     * {@link #advanceClock(Duration)} (every record received by then is applied) or
     * {@link #advanceClockTo(long)}; open accounts as on any simulator.
     */
    public static EmbeddedSimulator startReplay(PlaybackSource source) {
        return startReplay(source, ServerConfig.defaults());
    }

    /** As {@link #startReplay(PlaybackSource)}, from {@code base} (tiers, costs, history, ...) instead of the defaults. */
    public static EmbeddedSimulator startReplay(PlaybackSource source, ServerConfig base) {
        return start(base.withReplay(PlaybackConfig.virtual(source)));
    }

    /** The playback of the recording this simulator replays, if it replays one. */
    public Optional<Playback> playback() {
        return Optional.ofNullable(server.playback());
    }

    /** The server root, {@code http://127.0.0.1:PORT}; the control plane is under {@code /sim/v1}. */
    public String serverUrl() {
        return serverUrl;
    }

    /** Kalshi's REST base, {@code http://127.0.0.1:PORT/trade-api/v2}: what a bot's client is pointed at. */
    public String restBaseUrl() {
        return serverUrl + REST_PATH;
    }

    /** The WebSocket URL, {@code ws://127.0.0.1:PORT/trade-api/ws/v2}. */
    public URI webSocketUrl() {
        return URI.create("ws" + serverUrl.substring("http".length()) + WEB_SOCKET_PATH);
    }

    public int port() {
        return URI.create(serverUrl).getPort();
    }

    /** The server's clock; clients of this simulator should sign and wait on it too. */
    public Clock clock() {
        return server.config().clock();
    }

    /** The control-plane client of this simulator. */
    public ControlPlaneClient control() {
        return control;
    }

    /** The server itself, for what the control plane does not offer (engine, feed, config). */
    public KalshiSimServer server() {
        return server;
    }

    /** Opens an account holding {@code balance} at {@code tier} with a key the simulator generates. */
    public OpenedAccount createAccount(Money balance, Tier tier, boolean directMember) {
        return control.openAccount(balance.toString(), tier.wire(), directMember);
    }

    /**
     * Opens an account holding {@code balance} at {@code tier}, registered with the caller's
     * {@code publicKeyPem} (tests share one seeded key, so no account pays for key generation).
     */
    public OpenedAccount createAccount(Money balance, Tier tier, String publicKeyPem) {
        return control.openAccount(balance.toString(), tier.wire(), publicKeyPem);
    }

    /**
     * Creates an open market, with its series and event when missing. Kalshi tickers are
     * {@code SERIES-EVENTSUFFIX-MARKETSUFFIX}, so {@code KXHIGHNY-26JAN01-T50} lands in series
     * {@code KXHIGHNY} and event {@code KXHIGHNY-26JAN01}; a ticker without a dash is its own
     * series and event.
     */
    public Market createMarket(String ticker) {
        int firstDash = ticker.indexOf('-');
        int lastDash = ticker.lastIndexOf('-');
        String series = firstDash < 0 ? ticker : ticker.substring(0, firstDash);
        String event = lastDash > firstDash ? ticker.substring(0, lastDash) : series;
        return createMarket(ticker, event, series, ticker);
    }

    /** Creates an open market in {@code eventTicker} of {@code seriesTicker}, creating those when missing. */
    public Market createMarket(String ticker, String eventTicker, String seriesTicker, String title) {
        JsonNode market = control.createMarket(ticker, eventTicker, seriesTicker, title);
        return control.convert(market, Market.class);
    }

    /** Moves a virtual server clock forward; fails on wall-clock time. */
    public void advanceClock(Duration duration) {
        control.advanceClock(duration);
    }

    /**
     * Moves a virtual server clock to {@code epochNanos} (not backwards) in this JVM, running what
     * falls due on the way, replay records included; returns once all of it has been applied.
     */
    public void advanceClockTo(long epochNanos) {
        if (!(clock() instanceof dev.kalshisim.core.time.VirtualClock virtual)) {
            throw new IllegalStateException("the simulator runs on wall-clock time");
        }
        virtual.advanceTo(epochNanos);
    }

    /** The engine's broken invariants; empty when sound. */
    public List<String> invariantViolations() {
        return control.invariantViolations();
    }

    /** Forgets every member, key, market, order, bucket, journal entry and fault. */
    public void reset() {
        control.reset();
    }

    /** Stops the server; idempotent. */
    public void stop() {
        if (stopped.compareAndSet(false, true)) {
            server.close();
        }
    }

    /** {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "EmbeddedSimulator[" + serverUrl + "]";
    }
}
