package dev.kalshisim.core.runtime;

import dev.kalshisim.core.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The steps of a runner's start, chained without waiting: each step's future is bounded by one
 * deadline on the runner's clock, and a failure becomes a {@link RunStartException} naming the
 * step. Nothing here blocks, so a start on a single-threaded virtual clock cannot deadlock: the
 * deadline is a clock callback like any other.
 */
final class StartupChain {

    private final Clock clock;
    private final long deadlineNanos;

    StartupChain(Clock clock, long timeoutNanos) {
        this.clock = clock;
        this.deadlineNanos = Math.addExact(clock.nowNanos(), timeoutNanos);
    }

    /**
     * The value of the step {@code call} starts, or a failure with a {@link RunStartException}
     * saying {@code "<step> failed: <why>"}; fails the same way when the deadline passes first.
     */
    <T> CompletableFuture<T> step(Supplier<CompletableFuture<T>> call, String step) {
        CompletableFuture<T> bounded = new CompletableFuture<>();
        Clock.Timer timer = clock.schedule(deadlineNanos,
                () -> fail(bounded, step, new TimeoutException("no answer in time")));
        CompletableFuture<T> answer;
        try {
            answer = call.get();
        } catch (RuntimeException refused) {
            answer = CompletableFuture.failedFuture(refused);
        }
        answer.whenComplete((value, failure) -> {
            timer.cancel();
            if (failure != null) {
                fail(bounded, step, failure);
            } else {
                bounded.complete(value);
            }
        });
        return bounded;
    }

    private static void fail(CompletableFuture<?> bounded, String step, Throwable failure) {
        bounded.completeExceptionally(
                new RunStartException(step + " failed: " + WireOrders.reason(failure), WireOrders.unwrap(failure)));
    }
}
