package dev.kalshisim.sim.replay.playback;

import static dev.kalshisim.sim.replay.playback.TestRecording.SECOND;
import static dev.kalshisim.sim.replay.playback.TestRecording.T0;
import static dev.kalshisim.sim.replay.playback.TestRecording.levels;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.core.auth.RequestSigner;
import dev.kalshisim.core.auth.TestKeys;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.sim.control.client.OpenedAccount;
import dev.kalshisim.sim.embedded.EmbeddedSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulator replaying a small recording on the virtual clock, seen over the wire: the REST book
 * and a WebSocket snapshot match the recording at a stepped time, and a reset keeps the replay.
 */
@Timeout(60)
class PlaybackServerIT {

    private static final String M = "KXFED-26MAR-T4.25";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theRestBookAndAWebSocketSnapshotMatchTheRecordingAtASteppedTime() throws Exception {
        PlaybackSource source = new TestRecording()
                .snapshot(T0, M, levels("0.40", "5.00", "0.45", "10.00"), levels("0.50", "7.50"))
                .delta(T0 + 2 * SECOND, M, "yes", "0.45", "-4.00")
                .delta(T0 + 3 * SECOND, M, "no", "0.52", "1.25")
                .delta(T0 + 9 * SECOND, M, "no", "0.52", "-1.25")
                .open(dir);
        try (EmbeddedSimulator sim = EmbeddedSimulator.startReplay(source)) {
            assertThat(sim.clock().nowNanos()).isEqualTo(T0);
            assertThat(book(sim, "yes_dollars")).isEqualTo("[[\"0.4000\",\"5.00\"],[\"0.4500\",\"10.00\"]]");

            sim.advanceClock(Duration.ofSeconds(5));
            String yes = "[[\"0.4000\",\"5.00\"],[\"0.4500\",\"6.00\"]]";
            String no = "[[\"0.5000\",\"7.50\"],[\"0.5200\",\"1.25\"]]";
            assertThat(book(sim, "yes_dollars")).isEqualTo(yes);
            assertThat(book(sim, "no_dollars")).isEqualTo(no);

            OpenedAccount bot = sim.createAccount(Money.ofDollars(100), Tier.BASIC, TestKeys.firstPublicKeyPem());
            JsonNode snapshot = webSocketSnapshot(sim, bot);
            assertThat(snapshot.path("msg").path("yes_dollars_fp").toString()).isEqualTo(yes);
            assertThat(snapshot.path("msg").path("no_dollars_fp").toString()).isEqualTo(no);

            JsonNode replay = sim.control().get("/replay");
            assertThat(replay.path("applied").asLong()).isEqualTo(5 + 2); // begin, three levels, end; two deltas
            assertThat(replay.path("exhausted").asBoolean()).isFalse();
            assertThat(replay.path("next_record_ns").asLong()).isEqualTo(T0 + 9 * SECOND);

            // A reset forgets members and orders; the replay places its recorded book again and goes on.
            sim.reset();
            assertThat(book(sim, "yes_dollars")).isEqualTo(yes);
            sim.control().post("/replay/next", sim.control().newObject(), 200);
            assertThat(book(sim, "no_dollars")).isEqualTo("[[\"0.5000\",\"7.50\"]]");
            assertThat(sim.control().get("/replay").path("exhausted").asBoolean()).isTrue();
            assertThat(sim.invariantViolations()).isEmpty();
        }
    }

    private String book(EmbeddedSimulator sim, String side) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(sim.restBaseUrl() + "/markets/" + M + "/orderbook")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).path("orderbook_fp").path(side).toString();
    }

    /** Subscribes to the market's book over a signed WebSocket and returns the snapshot it is sent. */
    private JsonNode webSocketSnapshot(EmbeddedSimulator sim, OpenedAccount bot) throws Exception {
        BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
        long now = sim.clock().nowMillis();
        String path = EmbeddedSimulator.WEB_SOCKET_PATH;
        WebSocket socket = http.newWebSocketBuilder()
                .header("KALSHI-ACCESS-KEY", bot.apiKeyId())
                .header("KALSHI-ACCESS-TIMESTAMP", Long.toString(now))
                .header("KALSHI-ACCESS-SIGNATURE", new RequestSigner(TestKeys.FIRST.getPrivate()).sign(now, "GET", path))
                .buildAsync(sim.webSocketUrl(), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            inbox.add(partial.toString());
                            partial.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        try {
            socket.sendText("{\"id\":1,\"cmd\":\"subscribe\",\"params\":{\"channels\":[\"orderbook_delta\"],"
                    + "\"market_tickers\":[\"" + M + "\"]}}", true).get(10, TimeUnit.SECONDS);
            while (true) {
                String text = inbox.poll(10, TimeUnit.SECONDS);
                assertThat(text).as("a message from the feed").isNotNull();
                JsonNode message = JSON.readTree(text);
                if ("orderbook_snapshot".equals(message.path("type").asText())) {
                    return message;
                }
            }
        } finally {
            socket.abort();
        }
    }
}
