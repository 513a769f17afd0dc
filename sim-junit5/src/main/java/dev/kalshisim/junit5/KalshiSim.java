package dev.kalshisim.junit5;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.wire.GetMarketResponse;
import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.sim.control.client.ControlPlaneClient;
import dev.kalshisim.sim.control.client.OpenedAccount;
import dev.kalshisim.sim.embedded.EmbeddedSimulator;
import dev.kalshisim.sim.limits.JournalEntry;
import dev.kalshisim.sim.server.KalshiSimServer;
import dev.kalshisim.sim.server.ServerConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.UnaryOperator;

/**
 * A running simulated Kalshi exchange, as a test sees it: where it listens, and one call each to
 * create markets and funded accounts, settle, inject faults, read the request journal and reset.
 *
 * <p>A JUnit-facing wrapper of sim-exchange's {@link EmbeddedSimulator}: the server's lifecycle and
 * the control-plane calls ({@code /sim/v1}, through its {@link ControlPlaneClient}) are the
 * embedded simulator's; this class adds the Kalshi clients of its accounts, built from the
 * extension's client settings and closed with it. Thread-safe.
 */
public final class KalshiSim implements AutoCloseable {

    /** The balance {@link #createAccount()} funds: $1,000. */
    public static final Money DEFAULT_BALANCE = Money.ofDollars(1_000);

    private final EmbeddedSimulator simulator;
    private final ControlPlaneClient control;
    private final SimFaults faults;
    private final UnaryOperator<KalshiClient.Builder> clientDefaults;
    private final Deque<AutoCloseable> opened = new ConcurrentLinkedDeque<>();

    private KalshiSim(EmbeddedSimulator simulator, UnaryOperator<KalshiClient.Builder> clientDefaults) {
        this.simulator = simulator;
        this.control = simulator.control();
        this.faults = new SimFaults(control);
        this.clientDefaults = clientDefaults;
    }

    /**
     * Starts a simulator with {@code config}; clients of its accounts are built from
     * {@code clientDefaults} applied to this simulator's defaults.
     */
    public static KalshiSim start(ServerConfig config, UnaryOperator<KalshiClient.Builder> clientDefaults) {
        Objects.requireNonNull(clientDefaults, "clientDefaults");
        return new KalshiSim(EmbeddedSimulator.start(config), clientDefaults);
    }

    /** Kalshi's REST base, {@code http://127.0.0.1:PORT/trade-api/v2}: what a bot's client is pointed at. */
    public String baseUrl() {
        return simulator.restBaseUrl();
    }

    /** The server root, {@code http://127.0.0.1:PORT}; the control plane is under {@code /sim/v1}. */
    public String serverUrl() {
        return simulator.serverUrl();
    }

    /** The WebSocket URL, {@code ws://127.0.0.1:PORT/trade-api/ws/v2}. */
    public URI webSocketUrl() {
        return simulator.webSocketUrl();
    }

    public int port() {
        return simulator.port();
    }

    /** The server's clock; clients of this simulator's accounts sign and wait on it too. */
    public Clock clock() {
        return simulator.clock();
    }

    /**
     * Creates an open market, with its series and event when missing. Kalshi tickers are
     * {@code SERIES-EVENTSUFFIX-MARKETSUFFIX}, so {@code KXHIGHNY-26JAN01-T50} lands in series
     * {@code KXHIGHNY} and event {@code KXHIGHNY-26JAN01}; a ticker without a dash is its own
     * series and event.
     */
    public Market createMarket(String ticker) {
        return simulator.createMarket(ticker);
    }

    /** Creates an open market in {@code eventTicker} of {@code seriesTicker}, creating those when missing. */
    public Market createMarket(String ticker, String eventTicker, String seriesTicker) {
        return simulator.createMarket(ticker, eventTicker, seriesTicker, ticker);
    }

    /** Opens a basic-tier account with {@link #DEFAULT_BALANCE}. */
    public SimAccount createAccount() {
        return createAccount(DEFAULT_BALANCE, Tier.BASIC);
    }

    /**
     * Opens an account holding {@code balance} at {@code tier}, with a fresh RSA key the simulator
     * generates, and builds its client.
     */
    public SimAccount createAccount(Money balance, Tier tier) {
        return createAccount(balance, tier, false);
    }

    /**
     * Opens an account as {@link #createAccount(Money, Tier)} does; a {@code directMember}'s fills
     * keep its balance to $0.0001, everyone else's to whole cents (Kalshi's fee rounding).
     */
    public SimAccount createAccount(Money balance, Tier tier, boolean directMember) {
        OpenedAccount created = simulator.createAccount(balance, tier, directMember);
        return new SimAccount(this, created.memberId(), created.apiKeyId(), created.privateKeyPem());
    }

    /** Settles {@code ticker} to {@code result} (yes or no): resting orders are canceled and winners paid. */
    public Market settle(String ticker, MarketResult result) {
        if (result != MarketResult.YES && result != MarketResult.NO) {
            throw new IllegalArgumentException("a binary market settles yes or no, not " + result);
        }
        return control.convert(control.settle(ticker, result.wire()), GetMarketResponse.class).market();
    }

    /** Faults injected into the REST API and the WebSocket feed. */
    public SimFaults faults() {
        return faults;
    }

    /** Every journaled request signed by {@code apiKeyId} (all keys when {@code null}), oldest first. */
    public List<JournalEntry> journal(String apiKeyId) {
        String query = "?limit=" + simulator.server().config().journalCapacity()
                + (apiKeyId == null ? "" : "&api_key_id=" + encode(apiKeyId));
        List<JournalEntry> entries = new ArrayList<>();
        for (JsonNode entry : control.get("/journal" + query).path("entries")) {
            entries.add(control.convert(entry, JournalEntry.class));
        }
        return entries;
    }

    /** Moves a virtual server clock forward; fails on wall-clock time. */
    public void advanceClock(Duration duration) {
        simulator.advanceClock(duration);
    }

    /**
     * Forgets every member, key, market, order, bucket, journal entry and fault. Accounts made
     * before are gone with their keys, so their clients are closed.
     */
    public void reset() {
        simulator.reset();
        closeOpened();
    }

    /** The server itself, for what the control plane does not offer (engine, feed, config). */
    public KalshiSimServer server() {
        return simulator.server();
    }

    /** The embedded simulator this handle wraps. */
    public EmbeddedSimulator embedded() {
        return simulator;
    }

    /**
     * Stops the server now rather than after the test class, for tests that must show something
     * works without it (playback of a recording). Clients handed out stay open until
     * {@link #close()}, and accounts can still hand out clients for other URLs.
     */
    public void stop() {
        simulator.stop();
    }

    /** Stops the server and closes every client handed out, also those made after {@link #stop()}; idempotent. */
    @Override
    public void close() {
        stop();
        closeOpened();
    }

    @Override
    public String toString() {
        return "KalshiSim[" + simulator.serverUrl() + "]";
    }

    /** Applies the extension's client settings to an account's client builder. */
    KalshiClient.Builder withClientDefaults(KalshiClient.Builder builder) {
        return clientDefaults.apply(builder);
    }

    /** Remembers {@code resource} so that {@link #close()} or {@link #reset()} closes it. */
    <T extends AutoCloseable> T track(T resource) {
        opened.push(resource);
        return resource;
    }

    private void closeOpened() {
        AutoCloseable next;
        while ((next = opened.poll()) != null) {
            closeQuietly(next);
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            // Closing is cleanup after the test's verdict; a failure here must not mask that verdict.
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
