package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiPredicate;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;

/**
 * Runs an asynchronous attempt until it succeeds, fails for good, or the policy's attempts are
 * spent; the last failure is then reported, with the earlier ones attached as suppressed.
 *
 * <p>Waits go through the {@link Clock} (a virtual clock in tests): a 429 waits the server's
 * {@code Retry-After} when sent; otherwise, when the client throttles, the next attempt simply
 * queues in the throttle, which was drained by the 429 and so waits for the bucket to refill;
 * everything else waits a jittered {@link Backoff}. Nothing blocks a thread while waiting.
 */
final class Retrier {

    private final RetryPolicy policy;
    private final Backoff backoff;
    private final RandomGenerator random;
    private final Clock clock;
    private final Executor executor;
    private final boolean throttled;
    private final RetryListener listener;

    /** Told about each wait before a retry, for statistics and tests. */
    interface RetryListener {
        void onRetry(int nextAttempt, long waitNanos, Throwable failure);

        RetryListener NONE = (attempt, wait, failure) -> { };
    }

    Retrier(RetryPolicy policy, Backoff backoff, RandomGenerator random, Clock clock, Executor executor, boolean throttled, RetryListener listener) {
        this.policy = policy;
        this.backoff = backoff;
        this.random = random;
        this.clock = clock;
        this.executor = executor;
        this.throttled = throttled;
        this.listener = listener;
    }

    /** The policy in force. */
    RetryPolicy policy() {
        return policy;
    }

    /**
     * Runs {@code attempt} (given the 1-based attempt number) until it succeeds or
     * {@code retryable} answers false for a failure (with the attempt number that failed).
     */
    <T> CompletableFuture<T> run(IntFunction<CompletableFuture<T>> attempt, BiPredicate<Throwable, Integer> retryable) {
        CompletableFuture<T> result = new CompletableFuture<>();
        runAttempt(1, attempt, retryable, result, new ArrayList<>());
        return result;
    }

    private <T> void runAttempt(int number, IntFunction<CompletableFuture<T>> attempt,
            BiPredicate<Throwable, Integer> retryable, CompletableFuture<T> result, List<Throwable> earlier) {
        CompletableFuture<T> outcome;
        try {
            outcome = attempt.apply(number);
        } catch (RuntimeException e) {
            outcome = CompletableFuture.failedFuture(e);
        }
        outcome.whenComplete((value, thrown) -> {
            if (thrown == null) {
                result.complete(value);
                return;
            }
            Throwable failure = unwrap(thrown);
            long waitNanos = number >= policy.maxAttempts() || !retryable.test(failure, number) ? -1 : waitBefore(number, failure);
            if (waitNanos < 0) {
                earlier.forEach(failure::addSuppressed);
                result.completeExceptionally(failure);
                return;
            }
            listener.onRetry(number + 1, waitNanos, failure);
            earlier.add(failure);
            after(waitNanos).thenRun(() -> runAttempt(number + 1, attempt, retryable, result, earlier));
        });
    }

    /**
     * The wait before the attempt after {@code failedAttempt}, or -1 to give up: a
     * {@code Retry-After} longer than the policy's cap is reported rather than slept through.
     */
    long waitBefore(int failedAttempt, Throwable failure) {
        if (failure instanceof RateLimitedException limited) {
            OptionalLong retryAfter = limited.retryAfterNanos();
            if (retryAfter.isPresent()) {
                return retryAfter.getAsLong() > policy.capNanos() ? -1 : retryAfter.getAsLong();
            }
            if (throttled) {
                return 0;
            }
        }
        return backoff.waitNanos(failedAttempt - 1, random);
    }

    /** A future completed on the executor once the clock has advanced {@code nanos}; at once for 0. */
    private CompletableFuture<Void> after(long nanos) {
        if (nanos <= 0) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> due = new CompletableFuture<>();
        // The clock's timer thread is shared by everything; the next attempt runs on the client's executor.
        clock.scheduleAfter(nanos, () -> executor.execute(() -> due.complete(null)));
        return due;
    }

    static Throwable unwrap(Throwable thrown) {
        Throwable failure = thrown;
        while (failure instanceof CompletionException && failure.getCause() != null) {
            failure = failure.getCause();
        }
        return failure;
    }
}
