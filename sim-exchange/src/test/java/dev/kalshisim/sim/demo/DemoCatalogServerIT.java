package dev.kalshisim.sim.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.core.auth.PemKeys;
import dev.kalshisim.core.auth.RequestSigner;
import dev.kalshisim.core.auth.TestKeys;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.sim.embedded.EmbeddedSimulator;
import dev.kalshisim.sim.server.KalshiSimServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The "serve with the demo catalog" check, end to end on a wall clock: a real server on an
 * ephemeral port, the demo installed on its engine and started, and a signed WebSocket plus REST
 * polling that must both see the flow within five seconds.
 */
@Timeout(60)
class DemoCatalogServerIT {

    private static final long FIVE_SECONDS_NANOS = 5_000_000_000L;
    private static final String WS_PATH = "/trade-api/ws/v2";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WallClock clock = WallClock.instance();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final EmbeddedSimulator simulator = EmbeddedSimulator.start();
    private final KalshiSimServer server = simulator.server();
    private DemoInstallation demo;

    @AfterEach
    void shutDown() {
        if (demo != null) {
            demo.stop();
        }
        simulator.close();
    }

    @Test
    void tradesAndBookChangesAppearOnRestAndWebSocketWithinFiveSecondsOfStart() throws Exception {
        demo = DemoCatalog.install(server.state().exchange(), server.state().clock(), 42L);
        KeyPair keys = TestKeys.FIRST;
        JsonNode member = post("/sim/v1/accounts", """
                {"balance_dollars":"1000.00","tier":"basic","public_key_pem":%s}"""
                .formatted(JSON.writeValueAsString(PemKeys.writePublicKey(keys.getPublic()))));
        BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
        WebSocket socket = connect(member.get("api_key_id").asText(), new RequestSigner(keys.getPrivate()), inbox);
        try {
            socket.sendText(JSON.writeValueAsString(JSON.createObjectNode().put("id", 1).put("cmd", "subscribe")
                    .set("params", JSON.valueToTree(Map.of(
                            "channels", List.of("orderbook_delta", "trade"),
                            "market_tickers", demo.tickers())))), true).join();
            // Subscribed before the flow starts, so every delta and trade that follows is the flow's.
            awaitType(inbox, "subscribed", clock.nowNanos() + FIVE_SECONDS_NANOS);

            demo.start();
            long deadline = clock.nowNanos() + FIVE_SECONDS_NANOS;

            JsonNode delta = awaitType(inbox, "orderbook_delta", deadline);
            assertThat(demo.tickers()).contains(delta.path("msg").path("market_ticker").asText());
            JsonNode trade = awaitType(inbox, "trade", deadline);
            assertThat(demo.tickers()).contains(trade.path("msg").path("market_ticker").asText());
            assertThat(restTradesBy(deadline)).isPositive();
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    /** Polls {@code GET /markets/trades} until it lists a trade or the deadline passes; returns how many. */
    private int restTradesBy(long deadlineNanos) throws Exception {
        while (true) {
            int trades = get("/trade-api/v2/markets/trades?limit=20").path("trades").size();
            if (trades > 0 || clock.nowNanos() >= deadlineNanos) {
                return trades;
            }
            clock.sleepUntil(Math.min(deadlineNanos, clock.nowNanos() + 100_000_000L));
        }
    }

    /** The first message of {@code type} before the deadline, skipping others; fails at the deadline. */
    private JsonNode awaitType(BlockingQueue<JsonNode> inbox, String type, long deadlineNanos) throws Exception {
        while (true) {
            long left = deadlineNanos - clock.nowNanos();
            JsonNode message = left <= 0 ? null : inbox.poll(left, TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new AssertionError("no " + type + " message within the deadline");
            }
            if (type.equals(message.path("type").asText())) {
                return message;
            }
        }
    }

    private WebSocket connect(String keyId, RequestSigner signer, BlockingQueue<JsonNode> inbox) {
        long now = clock.nowMillis();
        return http.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .header("KALSHI-ACCESS-KEY", keyId)
                .header("KALSHI-ACCESS-TIMESTAMP", Long.toString(now))
                .header("KALSHI-ACCESS-SIGNATURE", signer.sign(now, "GET", WS_PATH))
                .buildAsync(simulator.webSocketUrl(), new Collector(inbox))
                .orTimeout(10, TimeUnit.SECONDS).join();
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode post(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("POST " + path + ": " + response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    /** Queues every text message as JSON. */
    private static final class Collector implements WebSocket.Listener {
        private final BlockingQueue<JsonNode> inbox;
        private final StringBuilder partial = new StringBuilder();

        Collector(BlockingQueue<JsonNode> inbox) {
            this.inbox = inbox;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    inbox.add(JSON.readTree(partial.toString()));
                } catch (IOException e) {
                    throw new IllegalStateException("the feed sent something that is not JSON: " + partial, e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
