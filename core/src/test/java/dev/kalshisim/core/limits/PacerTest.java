package dev.kalshisim.core.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.time.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The throttle's pacing as a backtest uses it: no HTTP, only prices, priorities and the clock. */
class PacerTest {

    private static final long MS = 1_000_000L;
    private static final long START = 1_700_000_000_000L * MS;
    private static final String V2 = "/trade-api/v2";

    private final VirtualClock clock = new VirtualClock(START);
    private final Pacer pacer = new Pacer(new TierLimits(new BucketLimit(200, 200), new BucketLimit(100, 100)),
            clock, Runnable::run);
    private final EndpointCosts costs = EndpointCosts.defaults();
    private final EndpointPrice create = costs.priceOf("POST", V2 + "/portfolio/events/orders");
    private final EndpointPrice cancel = costs.priceOf("DELETE", V2 + "/portfolio/events/orders/abc");

    @Test
    void aCancelQueuedBehindCreatesIsServedFirst() {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            pacer.acquire(create, EndpointPrice.SINGLE, PacedBucket.Priority.NORMAL).thenAccept(Pacer.Permit::settled);
        }
        // The bucket is empty now: the next create and a later cancel wait, and the cancel goes first.
        pacer.acquire(create, EndpointPrice.SINGLE, PacedBucket.Priority.NORMAL).thenAccept(permit -> order.add("create"));
        pacer.acquire(cancel, EndpointPrice.SINGLE, PacedBucket.Priority.CANCEL).thenAccept(permit -> order.add("cancel"));
        assertThat(order).isEmpty();

        clock.advanceBy(20 * MS);
        assertThat(order).containsExactly("cancel");
        clock.advanceBy(100 * MS);
        assertThat(order).containsExactly("cancel", "create");
        assertThat(pacer.stats(BucketKind.WRITE).requestsTotal()).isEqualTo(12);
        assertThat(pacer.stats(BucketKind.READ).requestsTotal()).isZero();
    }

    @Test
    void aRateLimitedAnswerEmptiesTheBucketSoTheNextRequestWaitsForARefill() {
        EndpointPrice read = costs.priceOf("GET", V2 + "/markets");
        Pacer.Permit permit = pacer.acquire(read, EndpointPrice.SINGLE, PacedBucket.Priority.NORMAL).join();
        permit.rateLimited();
        permit.settled();

        CompletableFuture<Pacer.Permit> next = pacer.acquire(read, EndpointPrice.SINGLE, PacedBucket.Priority.NORMAL);
        assertThat(next).isNotDone();
        // 10 tokens at 200 a second: 50 ms on the clock, not on a thread.
        clock.advanceBy(50 * MS - 1);
        assertThat(next).isNotDone();
        clock.advanceBy(1);
        assertThat(next).isDone();
        assertThat(next.join().costTokens()).isEqualTo(10);
    }
}
