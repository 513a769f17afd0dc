package dev.kalshisim.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.time.VirtualClock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ThreadedLoopTest {

    private final VirtualClock clock = new VirtualClock(1_000L);
    private final ThreadedLoop loop = new ThreadedLoop(clock, "test-loop");
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @Test
    void aTimerRunsBeforeTasksStampedAfterItsDueTimeAndTheFirstTaskBeforeAll() throws Exception {
        clock.advanceTo(2_000L);
        loop.post(ts -> ran.add("posted at " + ts));
        loop.postAt(1_500L, ts -> ran.add("timer due " + ts));
        loop.start(() -> ran.add("first"));
        loop.shutdown();

        assertThat(loop.awaitTermination(5_000)).isTrue();
        assertThat(ran).containsExactly("first", "timer due 1500", "posted at 2000");
    }

    @Test
    void aTaskThatThrowsIsCountedAndTheLoopGoesOn() throws Exception {
        loop.start(() -> { });
        loop.post(ts -> {
            throw new IllegalStateException("boom");
        });
        loop.post(ts -> ran.add("after"));
        loop.shutdown();

        assertThat(loop.awaitTermination(5_000)).isTrue();
        assertThat(ran).containsExactly("after");
        assertThat(loop.failures()).isEqualTo(1);
    }

    @Test
    void postsAfterShutdownAreDropped() throws Exception {
        loop.start(() -> { });
        loop.shutdown();
        loop.post(ts -> ran.add("late"));

        assertThat(loop.awaitTermination(5_000)).isTrue();
        assertThat(ran).isEmpty();
    }
}
