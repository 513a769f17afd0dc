package dev.kalshisim.cli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.BucketLimit;
import dev.kalshisim.core.limits.PacedBucket;
import dev.kalshisim.core.time.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FairQueueTest {

    private static final long MS = 1_000_000L;
    private static final long NO_DEADLINE = Long.MAX_VALUE;

    private final VirtualClock clock = VirtualClock.atMillis(1_700_000_000_000L);
    /** Kalshi's basic write bucket: 100 tokens a second, 100 at most; a create costs 10. */
    private final PacedBucket bucket = new PacedBucket(BucketKind.WRITE, new BucketLimit(100, 100), clock, Runnable::run);
    private final FairQueue queue = new FairQueue(bucket, clock);
    private final List<String> granted = new ArrayList<>();

    /** Submits a request that, once granted, is answered at once (its tokens stop counting as in flight). */
    private CompletableFuture<Void> submit(String client, String name, long cost, PacedBucket.Priority priority, long deadline) {
        CompletableFuture<Void> answer = queue.submit(client, cost, priority, deadline);
        answer.thenRun(() -> {
            granted.add(name);
            bucket.settled(cost);
        });
        return answer;
    }

    private void create(String client, String name) {
        submit(client, name, 10, PacedBucket.Priority.NORMAL, NO_DEADLINE);
    }

    private void drainTheBurst() {
        for (int i = 0; i < 10; i++) {
            create("warm-up", "w" + i);
        }
        assertThat(granted).hasSize(10);
        granted.clear();
    }

    @Test
    void clientsTakeTurnsWhateverEachQueued() {
        drainTheBurst();
        for (int i = 1; i <= 6; i++) {
            create("A", "A" + i);
        }
        for (int i = 1; i <= 3; i++) {
            create("B", "B" + i);
            create("C", "C" + i);
        }
        clock.advanceByMillis(1_200);

        // A queued first, so its first two lead (one at the bucket, one next in turn); from then on
        // each client has one turn in three, however many it queued: A's extra three go last.
        assertThat(granted).containsExactly("A1", "A2", "B1", "C1", "A3", "B2", "C2", "A4", "B3", "C3", "A5", "A6");
    }

    @Test
    void theBucketIsPaidAtItsRefillRateAndNoFaster() {
        drainTheBurst();
        for (int i = 1; i <= 30; i++) {
            create("client-" + (i % 3), "r" + i);
        }
        clock.advanceByMillis(999);
        // 100 tokens a second, 10 a create: 9 in 999 ms (the 10th is due at exactly 1,000 ms).
        assertThat(granted).hasSize(9);
        clock.advanceByMillis(1);
        assertThat(granted).hasSize(10);
    }

    @Test
    void cancelsGoAheadOfEveryQueuedCreate() {
        drainTheBurst();
        for (int i = 1; i <= 5; i++) {
            create("A", "A" + i);
        }
        clock.advanceByMillis(50);
        submit("B", "cancel", 2, PacedBucket.Priority.CANCEL, NO_DEADLINE);
        clock.advanceByMillis(1_000);

        // The cancel (2 tokens) is paid at 20 ms, before A1 (10 tokens, at 100 ms) and everything after it.
        assertThat(granted).startsWith("cancel", "A1", "A2");
    }

    @Test
    void aRequestWhoseDeadlinePassesWhileQueuedIsRefusedAndSpendsNothing() {
        drainTheBurst();
        for (int i = 1; i <= 5; i++) {
            create("A", "A" + i);
        }
        long now = clock.nowNanos();
        CompletableFuture<Void> late = submit("B", "late", 10, PacedBucket.Priority.NORMAL, now + 150 * MS);
        clock.advanceByMillis(150);
        assertThat(late).isCompletedExceptionally();
        assertThat(late.handle((ok, failure) -> failure).join()).isInstanceOf(FairQueue.Expired.class);

        clock.advanceByMillis(1_000);
        // B's expired request took no turn and no tokens: A's five follow one another 100 ms apart.
        assertThat(granted).containsExactly("A1", "A2", "A3", "A4", "A5");
        assertThat(bucket.stats().tokensTotal()).isEqualTo(100 + 50);
    }

    @Test
    void aRequestThatCanBeSentInTimeIsNotRefused() {
        drainTheBurst();
        CompletableFuture<Void> onTime = submit("A", "onTime", 10, PacedBucket.Priority.NORMAL, clock.nowNanos() + 100 * MS);
        clock.advanceByMillis(100);
        assertThat(onTime).isCompleted().isNotCompletedExceptionally();
    }
}
