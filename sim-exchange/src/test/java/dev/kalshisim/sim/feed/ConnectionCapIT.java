package dev.kalshisim.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 8, finding 6: one member's 250 upgrades were all accepted. Kalshi allows 200 connections
 * per member by default; the 201st upgrade is refused (429, Kalshi's error body), other members
 * are not affected, and a closed connection frees its slot.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConnectionCapIT {

    private FeedHarness sim;
    private final List<RawWebSocket> open = new ArrayList<>();

    @BeforeEach
    void start() {
        sim = new FeedHarness();
    }

    @AfterEach
    void stop() throws IOException {
        for (RawWebSocket socket : open) {
            socket.close();
        }
        sim.close();
    }

    @Test
    void theDefaultCapOf200RefusesThe201stUpgradeOfOneMember() throws Exception {
        FeedHarness.Member member = sim.member();
        assertThat(sim.feed().config().maxConnectionsPerMember()).isEqualTo(200);
        for (int i = 0; i < 200; i++) {
            assertThat(upgrade(member).status()).as("upgrade %d", i + 1).isEqualTo(101);
        }

        RawWebSocket.Handshake refused = upgrade(member);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().get("content-type")).isEqualTo("application/json");
        assertThat(refused.body()).isEqualTo("{\"error\":{\"code\":\"too_many_requests\",\"message\":\"too many WebSocket "
                + "connections: this member already has 200 open, the most allowed\"}}");
        assertThat(upgrade(sim.member()).status()).as("another member's upgrade").isEqualTo(101);
        // Jetty answers 101 before the connection opens, so the count catches up a moment later.
        awaitConnections(201);

        open.remove(0).close();
        awaitConnections(200);
        assertThat(upgrade(member).status()).as("the freed slot").isEqualTo(101);
    }

    @Test
    void theCapIsConfigurable() throws Exception {
        sim.feed().configure(sim.feed().config().withMaxConnectionsPerMember(2));
        FeedHarness.Member member = sim.member();
        assertThat(upgrade(member).status()).isEqualTo(101);
        assertThat(upgrade(member).status()).isEqualTo(101);
        assertThat(upgrade(member).status()).isEqualTo(429);
    }

    private RawWebSocket.Handshake upgrade(FeedHarness.Member member) throws IOException {
        RawWebSocket socket = RawWebSocket.connect(sim.server.port(), 64 * 1024);
        open.add(socket);
        return socket.upgrade(FeedHarness.WS_PATH,
                sim.signedHeaders(member, sim.clock.nowMillis(), "GET", FeedHarness.WS_PATH));
    }

    private void awaitConnections(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sim.feed().connectionCount() != count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(sim.feed().connectionCount()).isEqualTo(count);
    }
}
