package dev.kalshisim.cli.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.limits.TierTable;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.core.wire.KalshiJson;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.proxy.ProxyHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A local pass-through to a Kalshi API (the exchange or the simulator) that several bots sharing an
 * API key point at instead: it paces all of them together by the key's buckets, so together they
 * stay within the key's budget instead of each spending it as if alone. Signed requests go through
 * unchanged (the signature covers timestamp, method and path, none of which the gateway touches);
 * the WebSocket is relayed frame by frame.
 */
public final class Gateway implements AutoCloseable {

    /** The API prefix under which bots call the gateway, exactly as they would call the exchange. */
    public static final String REST_PATH = "/trade-api/v2";
    public static final String WEB_SOCKET_PATH = "/trade-api/ws/v2";
    private static final String COSTS_PATH = REST_PATH + "/account/endpoint_costs";

    /**
     * @param upstream the exchange's root or REST base ({@code https://host} or {@code https://host/trade-api/v2})
     * @param bindAddress where the gateway listens
     * @param port the port, 0 for an ephemeral one
     * @param fixedTier the tier to pace every key by, or null to start at basic and learn each key's
     *        limits from its own {@code GET /account/limits}
     * @param window the exchange's timestamp window
     * @param reportEvery how often to print utilization, {@link Duration#ZERO} for never
     */
    public record Config(URI upstream, String bindAddress, int port, Tier fixedTier, TimestampWindowOption window,
            Duration reportEvery) {
        public Config {
            Objects.requireNonNull(upstream, "upstream");
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(reportEvery, "reportEvery");
        }
    }

    /** The timestamp window and its margin, as the command line gives them. */
    public record TimestampWindowOption(Duration window, Duration margin) {
        public static final TimestampWindowOption DEFAULT =
                new TimestampWindowOption(TimestampWindow.DEFAULT.window(), TimestampWindow.DEFAULT.margin());
    }

    private final Server server;
    private final HttpClient httpClient;
    private final WebSocketClient webSocketClient;
    private final KeyPacings pacings;
    private final UtilizationReport report;
    private final Clock clock;
    private volatile Clock.Timer reportTimer;
    private volatile Clock.Timer forgetTimer;

    /** How often idle keys are looked for, and how long a key must be idle to be forgotten (its buckets refill in seconds). */
    private static final long FORGET_EVERY_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
    private static final long FORGET_AFTER_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
    private final Duration reportEvery;
    private final boolean costsFromUpstream;

    private Gateway(Config config, PrintWriter out, PrintWriter err) throws Exception {
        this.clock = WallClock.instance();
        this.reportEvery = config.reportEvery();
        String root = upstreamRoot(config.upstream());
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("gateway");
        this.server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(config.bindAddress());
        connector.setPort(config.port());
        server.addConnector(connector);

        this.httpClient = new HttpClient();
        httpClient.setExecutor(threads);
        // Upstream connections are shared by all clients of a key: the pacing, not the pool, limits them.
        httpClient.setMaxConnectionsPerDestination(256);
        httpClient.start();
        EndpointCosts costs;
        boolean fromUpstream;
        try {
            costs = fetchCosts(httpClient, root);
            fromUpstream = true;
        } catch (Exception e) {
            err.println("gateway: GET " + COSTS_PATH + " failed (" + e.getMessage() + "); pricing by the built-in cost table");
            err.flush();
            costs = EndpointCosts.defaults();
            fromUpstream = false;
        }
        this.costsFromUpstream = fromUpstream;
        Tier start = config.fixedTier() == null ? Tier.BASIC : config.fixedTier();
        this.pacings = new KeyPacings(TierTable.defaults().limits(start), clock, threads);

        ProxyHandler.Reverse proxy = new ProxyHandler.Reverse(request -> HttpURI.build(root + request.getHttpURI().getPathQuery()));
        proxy.setHttpClient(httpClient);
        // The upstream's own Host (an exchange behind a CDN routes by it), not the gateway's.
        proxy.setProxyToServerHost(URI.create(root).getAuthority());
        TimestampWindow window = new TimestampWindow(config.window().window(), config.window().margin());
        PacingHandler pacing = new PacingHandler(proxy, pacings, costs, window,
                new LimitsForwarder(httpClient, root, config.fixedTier() == null));

        this.webSocketClient = new WebSocketClient(httpClient);
        webSocketClient.start();
        URI upstreamSocket = URI.create(root.replaceFirst("^http", "ws") + WEB_SOCKET_PATH);
        WebSocketUpgradeHandler upgrades = WebSocketUpgradeHandler.from(server,
                container -> container.addMapping(WEB_SOCKET_PATH, new WebSocketRelay(webSocketClient, upstreamSocket)));
        upgrades.setHandler(pacing);
        server.setHandler(upgrades);
        server.setErrorHandler(new JsonErrors());
        server.start();
        this.report = new UtilizationReport(pacings, out, clock.nowNanos());
        if (!reportEvery.isZero()) {
            scheduleReport();
        }
        scheduleForgetting();
    }

    /** Starts a gateway; returns once it accepts connections. */
    public static Gateway start(Config config, PrintWriter out, PrintWriter err) throws Exception {
        return new Gateway(config, out, err);
    }

    /** The port the gateway listens on. */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** {@code http://HOST:PORT/trade-api/v2}: what bots point their client at. */
    public String restBaseUrl() {
        return "http://" + ((ServerConnector) server.getConnectors()[0]).getHost() + ":" + port() + REST_PATH;
    }

    /** Whether the cost table came from the upstream (else the built-in one). */
    public boolean costsFromUpstream() {
        return costsFromUpstream;
    }

    /** The pacing of each key seen so far (for tests). */
    KeyPacings pacings() {
        return pacings;
    }

    /** Prints the utilization lines for the time since the last ones. */
    public void printUtilization() {
        report.print(clock.nowNanos());
    }

    /** Blocks until the gateway stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        for (Clock.Timer timer : new Clock.Timer[] {reportTimer, forgetTimer}) {
            if (timer != null) {
                timer.cancel();
            }
        }
        server.stop();
        webSocketClient.stop();
        httpClient.stop();
    }

    private void scheduleForgetting() {
        forgetTimer = clock.scheduleAfter(FORGET_EVERY_NANOS, () -> {
            if (server.isRunning()) {
                pacings.forgetIdle(FORGET_AFTER_NANOS);
                scheduleForgetting();
            }
        });
    }

    private void scheduleReport() {
        reportTimer = clock.scheduleAfter(reportEvery.toNanos(), () -> {
            if (server.isRunning()) {
                report.print(clock.nowNanos());
                scheduleReport();
            }
        });
    }

    /** The host root of the upstream, without a trailing slash or the REST prefix. */
    static String upstreamRoot(URI upstream) {
        String text = upstream.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.endsWith(REST_PATH)) {
            text = text.substring(0, text.length() - REST_PATH.length());
        }
        if (!text.startsWith("http://") && !text.startsWith("https://")) {
            throw new IllegalArgumentException("--upstream must be an http:// or https:// URL, got " + upstream);
        }
        return text;
    }

    /** Reads the upstream's public cost table, adding the API prefix to paths listed without it. */
    private static EndpointCosts fetchCosts(HttpClient client, String root) throws Exception {
        ContentResponse answer = client.newRequest(root + COSTS_PATH).timeout(10, TimeUnit.SECONDS).send();
        if (answer.getStatus() != 200) {
            throw new IllegalStateException("HTTP " + answer.getStatus());
        }
        JsonNode tree = KalshiJson.mapper().readTree(answer.getContentAsString());
        JsonNode entries = tree == null ? null : tree.get("endpoint_costs");
        if (entries != null && entries.isArray()) {
            for (JsonNode entry : entries) {
                JsonNode path = entry.get("path");
                if (entry instanceof ObjectNode object && path != null && path.isTextual()
                        && !path.textValue().startsWith(REST_PATH + "/")) {
                    String bare = path.textValue().startsWith("/") ? path.textValue() : "/" + path.textValue();
                    object.put("path", REST_PATH + bare);
                }
            }
        }
        return EndpointCosts.fromJson(KalshiJson.mapper().writeValueAsString(tree));
    }
}
