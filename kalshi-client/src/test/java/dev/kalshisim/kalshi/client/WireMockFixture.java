package dev.kalshisim.kalshi.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.kalshisim.core.time.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A WireMock server on an ephemeral port and a client builder wired to it with a virtual clock,
 * a seeded random source and inline continuations, so waits are exact and repeatable.
 */
abstract class WireMockFixture {

    static final long SEED = 20260822L;
    static final long MS = 1_000_000L;
    static final long START_NANOS = 1_787_400_000_000L * MS;

    WireMockServer server;
    final VirtualClock clock = new VirtualClock(START_NANOS);
    final List<Long> retryWaits = new ArrayList<>();

    @BeforeEach
    void startServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    String baseUrl() {
        return "http://localhost:" + server.port() + "/trade-api/v2";
    }

    /** A client with the throttle off, the default retry policy and the fixture's clock and seed. */
    KalshiClient.Builder clientBuilder() {
        return KalshiClient.builder(baseUrl())
                .clock(clock)
                .random(new Random(SEED))
                .executor(Runnable::run)
                .throttle(false)
                .retryListener((attempt, waitNanos, failure) -> retryWaits.add(waitNanos));
    }

    long elapsedNanos() {
        return clock.nowNanos() - START_NANOS;
    }

    static String api(String path) {
        return "/trade-api/v2" + path;
    }
}
