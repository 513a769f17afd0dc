package dev.kalshisim.kalshi.live;

import dev.kalshisim.core.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

/**
 * Waits for the steps of a runner's start, all within one deadline on the runner's clock, and
 * turns a failure into a {@link LiveStartException} naming the step.
 */
final class StartupWait {

    private final Clock clock;
    private final long deadlineNanos;

    StartupWait(Clock clock, long timeoutNanos) {
        this.clock = clock;
        this.deadlineNanos = Math.addExact(clock.nowNanos(), timeoutNanos);
    }

    /** The value of {@code future}; blocks until it completes or the deadline passes. */
    <T> T await(CompletableFuture<T> future, String step) {
        CompletableFuture<T> bounded = new CompletableFuture<>();
        future.whenComplete((value, failure) -> {
            if (failure != null) {
                bounded.completeExceptionally(failure);
            } else {
                bounded.complete(value);
            }
        });
        Clock.Timer timer = clock.schedule(deadlineNanos,
                () -> bounded.completeExceptionally(new TimeoutException("no answer in time")));
        try {
            return bounded.join();
        } catch (CompletionException | java.util.concurrent.CancellationException failure) {
            throw new LiveStartException(step + " failed: " + WireOrders.reason(failure), WireOrders.unwrap(failure));
        } finally {
            timer.cancel();
        }
    }
}
