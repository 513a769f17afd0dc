package dev.kalshisim.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.time.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loop without a thread: tasks are clock callbacks, run by whoever advances the clock. */
class VirtualClockLoopTest {

    private final VirtualClock clock = new VirtualClock(1_000L);
    private final VirtualClockLoop loop = new VirtualClockLoop(clock);
    private final List<String> ran = new ArrayList<>();

    @Test
    void theFirstTaskRunsBeforeEverythingPostedEarlierAndTimersKeepTheirStamps() {
        clock.advanceTo(2_000L);
        loop.post(ts -> ran.add("posted at " + ts));
        loop.postAt(1_500L, ts -> ran.add("timer due " + ts));
        loop.start(() -> ran.add("first"));

        assertThat(ran).as("posting and starting run nothing by themselves").isEmpty();
        clock.runDue();

        assertThat(ran).containsExactly("first", "timer due 1500", "posted at 2000");
    }

    @Test
    void aTaskPostedByATaskRunsAfterItInTheSameAdvanceOnTheSameThread() {
        Thread advancing = Thread.currentThread();
        loop.start(() -> { });
        loop.post(ts -> {
            loop.post(later -> ran.add("second on " + (Thread.currentThread() == advancing ? "caller" : "other")));
            ran.add("first");
        });

        clock.runDue();

        assertThat(ran).containsExactly("first", "second on caller");
    }

    @Test
    void aTaskDueLaterRunsWhenTimeGetsThere() {
        loop.start(() -> { });
        loop.postAt(5_000L, ts -> ran.add("at " + ts + ", clock " + clock.nowNanos()));

        clock.advanceTo(4_999L);
        assertThat(ran).isEmpty();
        clock.advanceTo(6_000L);

        assertThat(ran).containsExactly("at 5000, clock 5000");
    }

    @Test
    void aTaskThatThrowsIsCountedAndTheLoopGoesOn() {
        loop.start(() -> { });
        loop.post(ts -> {
            throw new IllegalStateException("boom");
        });
        loop.post(ts -> ran.add("after"));

        clock.runDue();

        assertThat(ran).containsExactly("after");
        assertThat(loop.failures()).isEqualTo(1);
    }

    @Test
    void postsAfterShutdownAreDroppedButQueuedTasksStillRun() {
        loop.start(() -> { });
        loop.post(ts -> ran.add("queued"));
        loop.shutdown();
        loop.post(ts -> ran.add("late"));

        clock.runDue();

        assertThat(ran).containsExactly("queued");
    }
}
