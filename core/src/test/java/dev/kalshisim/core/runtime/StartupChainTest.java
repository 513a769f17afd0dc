package dev.kalshisim.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.time.VirtualClock;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The start's steps wait for nothing: on one thread and a virtual clock, a silent venue times out. */
class StartupChainTest {

    private static final long SECOND = 1_000_000_000L;

    private final VirtualClock clock = new VirtualClock(0L);

    @Test
    void aStepWithoutAnswerFailsAtTheDeadlineOnTheClockWithoutBlocking() {
        StartupChain chain = new StartupChain(clock, 30 * SECOND);
        CompletableFuture<Object> step = chain.step(CompletableFuture::new, "reading the balance");

        clock.advanceBy(30 * SECOND - 1);
        assertThat(step).isNotDone();
        clock.advanceBy(1);

        assertThat(step).isCompletedExceptionally();
        assertThat(step.handle((value, failure) -> failure).join()).isInstanceOf(RunStartException.class)
                .hasMessage("reading the balance failed: no answer in time");
    }

    @Test
    void laterStepsShareTheFirstStepsDeadline() {
        StartupChain chain = new StartupChain(clock, 10 * SECOND);
        CompletableFuture<String> first = chain.step(() -> CompletableFuture.completedFuture("cash"), "first");
        clock.advanceBy(9 * SECOND);
        CompletableFuture<Object> second = chain.step(CompletableFuture::new, "second");

        clock.advanceBy(SECOND);

        assertThat(first).isCompletedWithValue("cash");
        assertThat(second).isCompletedExceptionally();
    }

    @Test
    void aRefusalNamesTheStepAndTheVenuesWords() {
        StartupChain chain = new StartupChain(clock, 10 * SECOND);
        CompletableFuture<Object> step = chain.step(() -> CompletableFuture.failedFuture(
                new VenueUnreachableException("GET /portfolio/balance (connection refused)", null)), "reading the balance");

        assertThat(step.handle((value, failure) -> failure).join()).isInstanceOf(RunStartException.class)
                .hasMessage("reading the balance failed: GET /portfolio/balance (connection refused)");
    }
}
