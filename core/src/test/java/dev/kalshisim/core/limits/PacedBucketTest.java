package dev.kalshisim.core.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.time.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PacedBucketTest {

    private static final long MS = 1_000_000L;
    private static final long START = 1_700_000_000_000L * MS;
    /** Kalshi's basic tier write bucket: 100 tokens, 100 per second. */
    private static final BucketLimit BASIC_WRITE = new BucketLimit(100, 100);

    private final VirtualClock clock = new VirtualClock(START);
    private final PacedBucket bucket = new PacedBucket(BucketKind.WRITE, BASIC_WRITE, clock, Runnable::run);
    private final List<Grant> grants = new ArrayList<>();

    private record Grant(String label, long cost, long atNanos) {
    }

    /** Asks for tokens for a request whose response comes back the instant it is granted. */
    private CompletableFuture<Void> submit(String label, long cost, PacedBucket.Priority priority) {
        CompletableFuture<Void> granted = bucket.acquire(cost, priority);
        granted.thenRun(() -> {
            grants.add(new Grant(label, cost, clock.nowNanos()));
            bucket.settled(cost);
        });
        return granted;
    }

    private void runAllTimers() {
        while (clock.nextDueNanos() != Long.MAX_VALUE) {
            clock.advanceTo(clock.nextDueNanos());
        }
    }

    @AfterEach
    void neverGrantsMoreThanTheBucketAllows() {
        // In any window [t_i, t_j] the bucket can give at most its capacity plus what refilled meanwhile.
        for (int i = 0; i < grants.size(); i++) {
            long tokens = 0;
            for (int j = i; j < grants.size(); j++) {
                tokens += grants.get(j).cost();
                long elapsed = grants.get(j).atNanos() - grants.get(i).atNanos();
                assertThat(tokens * 1_000_000_000L)
                        .as("tokens granted from %s to %s", grants.get(i).label(), grants.get(j).label())
                        .isLessThanOrEqualTo(BASIC_WRITE.bucketCapacity() * 1_000_000_000L + BASIC_WRITE.refillRate() * elapsed);
            }
        }
    }

    @Test
    void spacesABurstOfWritesSoNoRequestExceedsTheBucket() {
        for (int i = 1; i <= 50; i++) {
            submit("create-" + i, 10, PacedBucket.Priority.NORMAL);
        }
        assertThat(grants).hasSize(10);
        runAllTimers();

        assertThat(grants).hasSize(50);
        for (int i = 0; i < 50; i++) {
            long expected = i < 10 ? START : START + (i - 9) * 100 * MS;
            assertThat(grants.get(i).atNanos()).as("grant %d", i).isEqualTo(expected);
            assertThat(grants.get(i).label()).isEqualTo("create-" + (i + 1));
        }
        PacingStats stats = bucket.stats();
        assertThat(stats.requestsTotal()).isEqualTo(50);
        assertThat(stats.tokensTotal()).isEqualTo(500);
        assertThat(stats.requestsLastMinute()).isEqualTo(50);
        assertThat(stats.tokensLastMinute()).isEqualTo(500);
        // Request k (k >= 10) waited (k - 9) x 100 ms: 100 ms x (1 + ... + 40).
        assertThat(stats.waitNanosTotal()).isEqualTo(100 * MS * (40 * 41 / 2));
        assertThat(stats.queued()).isZero();
    }

    @Test
    void cancelsOvertakeQueuedCreates() {
        for (int i = 1; i <= 20; i++) {
            submit("create-" + i, 10, PacedBucket.Priority.NORMAL);
        }
        for (int i = 1; i <= 3; i++) {
            submit("cancel-" + i, 2, PacedBucket.Priority.CANCEL);
        }
        runAllTimers();

        List<String> order = grants.stream().map(Grant::label).toList();
        assertThat(order.subList(0, 10)).allMatch(label -> label.startsWith("create-"));
        assertThat(order.subList(10, 13)).containsExactly("cancel-1", "cancel-2", "cancel-3");
        assertThat(order.subList(13, 23)).containsExactly("create-11", "create-12", "create-13", "create-14", "create-15",
                "create-16", "create-17", "create-18", "create-19", "create-20");
        // Two tokens refill in 20 ms: the cancels go out at 20, 40 and 60 ms, the next create 100 ms later.
        assertThat(grants.get(10).atNanos()).isEqualTo(START + 20 * MS);
        assertThat(grants.get(12).atNanos()).isEqualTo(START + 60 * MS);
        assertThat(grants.get(13).atNanos()).isEqualTo(START + 160 * MS);
    }

    @Test
    void aLargeRequestAtTheHeadIsNotOvertakenBySmallerOnesOfItsPriority() {
        submit("fill-up", 100, PacedBucket.Priority.NORMAL);
        submit("batch", 50, PacedBucket.Priority.NORMAL);
        submit("small", 1, PacedBucket.Priority.NORMAL);
        runAllTimers();

        assertThat(grants.stream().map(Grant::label)).containsExactly("fill-up", "batch", "small");
        assertThat(grants.get(1).atNanos()).isEqualTo(START + 500 * MS);
        assertThat(grants.get(2).atNanos()).isEqualTo(START + 510 * MS);
    }

    @Test
    void refusesARequestLargerThanTheBucketNamingTheCapacity() {
        CompletableFuture<Void> tooBig = bucket.acquire(110, PacedBucket.Priority.NORMAL);

        assertThat(tooBig).isCompletedExceptionally();
        assertThat(failureOf(tooBig)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("costs 110 tokens")
                .hasMessageContaining("write bucket holds at most 100 tokens");
    }

    @Test
    void drainingAfterA429MakesTheNextRequestWaitForARefill() {
        bucket.drain();
        submit("after-429", 10, PacedBucket.Priority.NORMAL);
        assertThat(grants).isEmpty();
        runAllTimers();

        assertThat(grants.get(0).atNanos()).isEqualTo(START + 100 * MS);
    }

    @Test
    void aCancelledWaiterSpendsNoTokens() {
        submit("fill-up", 100, PacedBucket.Priority.NORMAL);
        CompletableFuture<Void> abandoned = submit("abandoned", 50, PacedBucket.Priority.NORMAL);
        submit("next", 50, PacedBucket.Priority.NORMAL);
        abandoned.cancel(false);
        runAllTimers();

        assertThat(grants.stream().map(Grant::label)).containsExactly("fill-up", "next");
        assertThat(grants.get(1).atNanos()).isEqualTo(START + 500 * MS);
    }

    @Test
    void threadsRacingForTheBucketAreAllServedWithinItsLimit() throws Exception {
        int threads = 8;
        int perThread = 25;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        List<Thread> workers = new ArrayList<>();
        List<CompletableFuture<Void>> all = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            String name = "thread-" + t;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                for (int i = 0; i < perThread; i++) {
                    synchronized (grants) {
                        all.add(submit(name + "-" + i, 10, PacedBucket.Priority.NORMAL));
                    }
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        runAllTimers();

        assertThat(all).hasSize(threads * perThread).allMatch(CompletableFuture::isDone);
        assertThat(grants).hasSize(threads * perThread);
        // Each thread's own requests keep their order: the queue is FIFO within a priority.
        for (int t = 0; t < threads; t++) {
            String prefix = "thread-" + t + "-";
            List<String> mine = grants.stream().map(Grant::label).filter(label -> label.startsWith(prefix)).toList();
            assertThat(mine).containsExactlyElementsOf(java.util.stream.IntStream.range(0, perThread).mapToObj(i -> prefix + i).toList());
        }
        assertThat(grants.get(grants.size() - 1).atNanos()).isEqualTo(START + (threads * perThread - 10) * 100 * MS);
    }

    @Test
    void tokensInFlightDoNotRefillUntilTheirResponseIsBack() {
        // Ten creates empty the bucket and stay in flight: the server has not started refilling them.
        for (int i = 0; i < 10; i++) {
            bucket.acquire(10, PacedBucket.Priority.NORMAL);
        }
        CompletableFuture<Void> next = bucket.acquire(10, PacedBucket.Priority.NORMAL);
        clock.advanceBy(1_000 * MS);
        runAllTimers();
        assertThat(next).as("no refill is credited while all capacity is in flight").isNotDone();

        for (int i = 0; i < 10; i++) {
            bucket.settled(10);
        }
        // Conservative by design: refill is credited only from the moment the capacity came back.
        long settledAt = clock.nowNanos();
        runAllTimers();
        assertThat(next).isDone();
        assertThat(grants).isEmpty();
        assertThat(clock.nowNanos() - settledAt).as("one create's refill at 100 tokens/s").isLessThanOrEqualTo(100 * MS);
    }

    @Test
    void reconfigureFailsWaitersThatCanNoLongerFit() {
        submit("fill-up", 100, PacedBucket.Priority.NORMAL);
        CompletableFuture<Void> big = submit("big", 80, PacedBucket.Priority.NORMAL);
        bucket.reconfigure(new BucketLimit(10, 50));

        assertThat(failureOf(big)).hasMessageContaining("holds at most 50 tokens");
        assertThat(bucket.stats().capacityTokens()).isEqualTo(50);
    }

    private static Throwable failureOf(CompletableFuture<?> future) {
        try {
            future.join();
            throw new AssertionError("expected a failure");
        } catch (CompletionException e) {
            return e.getCause();
        }
    }
}
