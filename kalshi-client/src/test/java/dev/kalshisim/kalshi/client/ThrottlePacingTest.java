package dev.kalshisim.kalshi.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.auth.TestKeys;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The whole client on a virtual clock against a scripted transport: what reaches the "server" is
 * spaced so the account's write bucket is never overdrawn, and cancels overtake queued creates.
 */
class ThrottlePacingTest {

    private static final long MS = 1_000_000L;
    private static final long START = 1_787_400_000_000L * MS;
    private static final CreateOrderV2Request ORDER =
            CreateOrderV2Request.gtc(Samples.TICKER, BookSide.BID, Count.ofContracts(1), Price.parse("0.50"));

    private final VirtualClock clock = new VirtualClock(START);
    private final AtomicInteger orderIds = new AtomicInteger();
    /** Write limits the scripted server reports; a test may change them to simulate a tier change. */
    private volatile String writeLimits = "{\"refill_rate\":10,\"bucket_capacity\":20}";
    private volatile boolean limitsDown;

    private final ScriptedTransport transport = new ScriptedTransport(clock, request -> {
        String path = request.path();
        if (path.equals("/account/limits") && limitsDown) {
            return ScriptedTransport.json(500, "{\"error\":{\"code\":\"internal_error\"}}");
        }
        if (path.equals("/account/limits")) {
            return ScriptedTransport.json(200, "{\"usage_tier\":\"basic\",\"read\":{\"refill_rate\":200,\"bucket_capacity\":400},"
                    + "\"write\":" + writeLimits + "}");
        }
        if (path.equals("/account/endpoint_costs")) {
            return ScriptedTransport.json(200, "{\"default_cost\":10,\"endpoint_costs\":[{\"method\":\"DELETE\","
                    + "\"path\":\"/trade-api/v2/portfolio/events/orders/{order_id}\",\"cost\":2}]}");
        }
        if (request.method().equals("POST")) {
            return ScriptedTransport.json(201, Samples.created("ord-" + orderIds.incrementAndGet(), "c"));
        }
        if (request.method().equals("DELETE")) {
            return ScriptedTransport.json(200, "{\"order_id\":\"x\",\"reduced_by\":\"1.00\",\"ts_ms\":1}");
        }
        return ScriptedTransport.json(200, Samples.EXCHANGE_STATUS);
    });

    private KalshiClient client() {
        return KalshiClient.builder(KalshiClient.DEMO_BASE_URL)
                .credentials(new dev.kalshisim.core.auth.Credentials("key-1", TestKeys.FIRST.getPrivate()))
                .clock(clock).executor(Runnable::run).random(new Random(1))
                .throttleRefreshInterval(Duration.ofMinutes(5))
                .transport(transport).build();
    }

    private void runAllTimers() {
        while (clock.nextDueNanos() != Long.MAX_VALUE) {
            clock.advanceTo(clock.nextDueNanos());
        }
    }

    @Test
    void aBurstOfWritesIsSpacedWithinTheWriteBucket() {
        List<CompletableFuture<?>> results = new ArrayList<>();
        try (KalshiClient client = client()) {
            for (int i = 0; i < 40; i++) {
                results.add(client.orders().createAsync(ORDER));
            }
            runAllTimers();

            assertThat(results).allMatch(CompletableFuture::isDone).noneMatch(CompletableFuture::isCompletedExceptionally);
            List<ScriptedTransport.Sent> creates = transport.sent("POST", "/portfolio/events/orders");
            assertThat(creates).hasSize(40);
            // Capacity 20 = two creates at once, then one every 10 tokens / 10 per s = 1 s.
            for (int i = 0; i < creates.size(); i++) {
                long expected = i < 2 ? START : START + (i - 1) * 1_000 * MS;
                assertThat(creates.get(i).atNanos()).as("create %d", i).isEqualTo(expected);
            }
            assertWithinBucket(creates, 20, 10);
            ThrottleStats stats = client.throttleStats();
            assertThat(stats.write().tokensTotal()).isEqualTo(400);
            assertThat(stats.rateLimitedResponses()).isZero();
            assertThat(stats.totalWaitNanos()).isEqualTo(1_000 * MS * (38 * 39 / 2));
        }
    }

    @Test
    void cancelsOvertakeCreatesQueuedInTheThrottle() {
        try (KalshiClient client = client()) {
            for (int i = 0; i < 6; i++) {
                client.orders().createAsync(ORDER);
            }
            client.orders().cancelAsync("ord-1");
            client.orders().cancelAsync("ord-2");
            runAllTimers();

            List<String> order = transport.sent().stream()
                    .filter(sent -> sent.request().path().startsWith("/portfolio/events/orders"))
                    .map(sent -> sent.request().method()).toList();
            assertThat(order).containsExactly("POST", "POST", "DELETE", "DELETE", "POST", "POST", "POST", "POST");
            // The cancels need 2 tokens each: 200 ms and 400 ms; the third create follows 1 s later.
            List<ScriptedTransport.Sent> cancels = transport.sent("DELETE", "/portfolio/events/orders");
            assertThat(cancels.get(0).atNanos()).isEqualTo(START + 200 * MS);
            assertThat(cancels.get(1).atNanos()).isEqualTo(START + 400 * MS);
            assertThat(transport.sent("POST", "/portfolio/events/orders").get(2).atNanos()).isEqualTo(START + 1_400 * MS);
        }
    }

    @Test
    void reloadsTheTablesAfterTheRefreshIntervalAndAdoptsNewLimits() {
        try (KalshiClient client = client()) {
            client.exchange().statusAsync().join();
            assertThat(client.throttleStats().write().capacityTokens()).isEqualTo(20);

            writeLimits = "{\"refill_rate\":1000,\"bucket_capacity\":2000}";
            clock.advanceBy(Duration.ofMinutes(4).toNanos());
            client.exchange().statusAsync().join();
            assertThat(transport.sent("GET", "/account/limits")).hasSize(1);

            clock.advanceBy(Duration.ofMinutes(1).toNanos());
            client.exchange().statusAsync().join();
            assertThat(transport.sent("GET", "/account/limits")).hasSize(2);
            assertThat(client.throttleStats().write().capacityTokens()).isEqualTo(2000);
            assertThat(client.throttleStats().write().refillTokensPerSecond()).isEqualTo(1000);
            assertThat(client.throttleStats().refreshes()).isEqualTo(2);
        }
    }

    @Test
    void aRefreshThatCannotReadTheLimitsKeepsTheLastOnes() {
        try (KalshiClient client = client()) {
            client.exchange().statusAsync().join();
            limitsDown = true;
            clock.advanceBy(Duration.ofMinutes(5).toNanos());
            client.exchange().statusAsync().join();

            assertThat(transport.sent("GET", "/account/limits")).hasSize(2);
            ThrottleStats stats = client.throttleStats();
            assertThat(stats.limitsFromServer()).isTrue();
            assertThat(stats.write().capacityTokens()).isEqualTo(20);
            assertThat(stats.read().capacityTokens()).isEqualTo(400);
            assertThat(stats.refreshes()).isEqualTo(2);
        }
    }

    /** In every window between two sends, the tokens spent fit the capacity plus the refill in between. */
    private static void assertWithinBucket(List<ScriptedTransport.Sent> sends, long capacity, long refillPerSecond) {
        for (int i = 0; i < sends.size(); i++) {
            for (int j = i; j < sends.size(); j++) {
                long tokens = 10L * (j - i + 1);
                long elapsed = sends.get(j).atNanos() - sends.get(i).atNanos();
                assertThat(tokens * 1_000_000_000L).isLessThanOrEqualTo(capacity * 1_000_000_000L + refillPerSecond * elapsed);
            }
        }
    }
}
