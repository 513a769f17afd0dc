package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Slow clients are answered 408 {@code request_timeout} in Kalshi's error shape and disconnected
 * once they pass {@link ClientTimeouts}: a body that stops, a body that trickles under the
 * minimum rate, and a request head that never completes. Short timeouts keep the test fast; the
 * rule is the same at the defaults.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SlowClientTimeoutsIT {

    private SimHarness sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void aBodyThatStopsIsAnswered408AtTheBodyTimeout() throws Exception {
        sim = new SimHarness(ServerConfig.defaults().withClientTimeouts(ClientTimeouts.defaults()
                .withBodyTimeout(Duration.ofMillis(1_000)).withMinBodyBytesPerSecond(0)));
        SimMember member = sim.member();
        try (SlowBodies slow = SlowBodies.open(sim.server.port(), 1, signedOrder(member))) {
            long begin = System.nanoTime();
            RawHttp.Answer answer = RawHttp.read(slow.sockets().get(0), 10_000);
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
            assertThat(answer.status()).isEqualTo(408);
            assertThat(answer.errorCode()).isEqualTo("request_timeout");
            assertThat(answer.errorMessage()).isEqualTo("the request body did not arrive within 1000 ms");
            assertThat(answer.headers().get("content-type")).isEqualTo("application/json");
            assertThat(answer.closed()).as("connection closed after the 408").isTrue();
            assertThat(waitedMillis).isBetween(800L, 5_000L);
        }
        assertThat(member.get("/portfolio/balance").status()).as("the server still serves").isEqualTo(200);
    }

    @Test
    void aBodyUnderTheMinimumRateIsAnswered408AfterTheGrace() throws Exception {
        sim = new SimHarness(ServerConfig.defaults().withClientTimeouts(ClientTimeouts.defaults()
                .withBodyTimeout(Duration.ofSeconds(20)).withMinBodyBytesPerSecond(100)));
        try (SlowBodies slow = SlowBodies.open(sim.server.port(), 1, signedOrder(sim.member()))) {
            long begin = System.nanoTime();
            RawHttp.Answer answer = RawHttp.read(slow.sockets().get(0), 10_000);
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
            assertThat(answer.status()).isEqualTo(408);
            assertThat(answer.errorMessage()).isEqualTo("the request body arrived slower than 100 bytes per second");
            assertThat(answer.closed()).isTrue();
            // 9 bytes fall under 100 bytes/s at the first check after the 2 s grace.
            assertThat(waitedMillis).isBetween(1_800L, 8_000L);
        }
    }

    @Test
    void aBodyArrivingFastEnoughIsServedEvenInPieces() throws Exception {
        sim = new SimHarness(ServerConfig.defaults().withClientTimeouts(ClientTimeouts.defaults()
                .withBodyTimeout(Duration.ofSeconds(5)).withMinBodyBytesPerSecond(100)));
        sim.market("PIECE");
        SimMember member = sim.member();
        String body = "{\"ticker\":\"PIECE\",\"side\":\"bid\",\"price\":\"0.0100\",\"count\":\"1.00\","
                + "\"time_in_force\":\"good_till_canceled\",\"self_trade_prevention_type\":\"taker_at_cross\"}";
        HttpRequest signed = member.signed("POST", "/portfolio/events/orders", null, sim.nowMillis());
        try (Socket socket = connect()) {
            String head = new String(SlowBodies.head(sim.server.port(), signed), java.nio.charset.StandardCharsets.US_ASCII)
                    .replace("Content-Length: " + SlowBodies.ANNOUNCED, "Content-Length: " + body.length());
            RawHttp.send(socket, head);
            for (int i = 0; i < body.length(); i += 40) {
                RawHttp.send(socket, body.substring(i, Math.min(body.length(), i + 40)));
                Thread.sleep(50);
            }
            RawHttp.Answer answer = RawHttp.read(socket, 10_000);
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            assertThat(answer.json().path("order_id").asText()).isNotEmpty();
        }
    }

    @Test
    void aHeadThatNeverCompletesIsAnswered408AtTheHeaderTimeout() throws Exception {
        sim = new SimHarness(ServerConfig.defaults().withClientTimeouts(ClientTimeouts.defaults()
                .withHeaderTimeout(Duration.ofMillis(1_000))));
        try (Socket socket = connect()) {
            long begin = System.nanoTime();
            RawHttp.send(socket, "GET /trade-api/v2/markets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
            // Bytes keep coming, well inside the 30 s idle timeout, but the head never ends.
            for (int i = 0; i < 5; i++) {
                Thread.sleep(200);
                RawHttp.send(socket, "a");
            }
            RawHttp.Answer answer = RawHttp.read(socket, 10_000);
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
            assertThat(answer.status()).isEqualTo(408);
            assertThat(answer.errorCode()).isEqualTo("request_timeout");
            assertThat(answer.errorMessage()).isEqualTo("the request line and headers did not arrive within 1000 ms");
            assertThat(answer.closed()).isTrue();
            assertThat(waitedMillis).isBetween(900L, 6_000L);
        }
    }

    @Test
    void keepAliveConnectionsBetweenRequestsAreLeftToTheIdleTimeout() throws Exception {
        sim = new SimHarness(ServerConfig.defaults().withClientTimeouts(ClientTimeouts.defaults()
                .withHeaderTimeout(Duration.ofMillis(300))));
        try (Socket socket = connect()) {
            RawHttp.send(socket, "GET /trade-api/v2/exchange/status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertThat(RawHttp.read(socket, 10_000).status()).isEqualTo(200);
            Thread.sleep(1_000);
            RawHttp.send(socket, "GET /trade-api/v2/exchange/status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            RawHttp.Answer second = RawHttp.read(socket, 10_000);
            assertThat(second.status()).as("an idle keep-alive connection is not a slow head").isEqualTo(200);
            assertThat(second.closed()).isFalse();
        }
    }

    private HttpRequest signedOrder(SimMember member) {
        return member.signed("POST", "/portfolio/events/orders", null, sim.nowMillis());
    }

    private Socket connect() throws Exception {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", sim.server.port()), 10_000);
        return socket;
    }
}
