package dev.kalshisim.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The upgrade needs the REST API's signature over GET /trade-api/ws/v2; anything else is a 401 with Kalshi's body. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FeedAuthIT {

    private static FeedHarness sim;
    private static FeedHarness.Member member;

    @BeforeAll
    static void start() {
        sim = new FeedHarness();
        member = sim.member();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void unsignedUpgradeIsRefusedWith401AndKalshisErrorBody() {
        HttpResponse<?> refused = sim.refusedUpgrade(Map.of());

        assertThat(refused.statusCode()).isEqualTo(401);
        // Another test of the class may still be closing its own connection: a refused upgrade adds
        // none, so the count falls to zero and stays there.
        assertThat(connectionsSettleAtZero()).as("open feed connections after a refused upgrade").isTrue();
    }

    private static boolean connectionsSettleAtZero() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (sim.feed().connectionCount() == 0) {
                return true;
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    @Test
    void signatureOverTheRestPathIsRefused() {
        Map<String, String> headers = sim.signedHeaders(member, sim.clock.nowMillis(), "GET", "/trade-api/v2/portfolio/balance");

        assertThat(sim.refusedUpgrade(headers).statusCode()).isEqualTo(401);
    }

    @Test
    void timestampOutsideTheServersWindowIsRefused() {
        Map<String, String> headers = sim.signedHeaders(member, sim.clock.nowMillis() - 31_000, "GET", FeedHarness.WS_PATH);

        assertThat(sim.refusedUpgrade(headers).statusCode()).isEqualTo(401);
    }

    @Test
    void unknownKeyIsRefused() {
        FeedHarness.Member stranger = new FeedHarness.Member("nobody", "00000000-0000-0000-0000-000000000000");

        assertThat(sim.refusedUpgrade(sim.signedHeaders(stranger, sim.clock.nowMillis(), "GET", FeedHarness.WS_PATH))
                .statusCode()).isEqualTo(401);
    }

    @Test
    void refusalBodyIsKalshisWrappedError() throws Exception {
        // The JDK's WebSocket client hides the body of a refused upgrade, so upgrade over a bare socket.
        try (RawWebSocket raw = RawWebSocket.connect(sim.server.port(), 65_536)) {
            RawWebSocket.Handshake refused = raw.upgrade(FeedHarness.WS_PATH, Map.of());

            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.headers().get("content-type")).startsWith("application/json");
            JsonNode body = FeedHarness.read(refused.body());
            assertThat(body.path("error").path("code").asText()).isEqualTo("unauthorized");
            assertThat(body.path("error").path("message").asText()).contains("KALSHI-ACCESS-KEY");
        }
    }

    @Test
    void signedUpgradeOpensAConnectionForThatMember() {
        try (FeedClient client = sim.connect(member)) {
            JsonNode reply = client.reply(client.send("list_subscriptions", null));

            assertThat(reply.get("type").asText()).isEqualTo("ok");
            assertThat(sim.feed().connectionCount()).isEqualTo(1);
        }
    }
}
