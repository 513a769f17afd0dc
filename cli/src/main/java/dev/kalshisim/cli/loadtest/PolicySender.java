package dev.kalshisim.cli.loadtest;

import dev.kalshisim.core.limits.EndpointPrice;
import dev.kalshisim.core.limits.PacedBucket;
import dev.kalshisim.core.limits.Pacer;
import dev.kalshisim.kalshi.client.Backoff;
import dev.kalshisim.kalshi.client.KalshiException;
import dev.kalshisim.kalshi.client.RateLimitedException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Sends one logical request under a {@link Policy}, counting into {@link LoadStats}. The Kalshi
 * client underneath has its own throttle and retries off, so what happens on a 429 is the policy's
 * alone. Thread-safe when the {@link Random} is per client (one sender per client thread).
 */
final class PolicySender {

    /** Backoff: first ceiling, cap and attempts (the common advice: 100 ms doubling, a few tries). */
    static final long FIRST_WAIT_NANOS = 100_000_000L;
    static final long CAP_WAIT_NANOS = 5_000_000_000L;
    static final int MAX_ATTEMPTS = 8;
    /** The client's own full-jitter backoff, with the loadtest's shorter cap. */
    private static final Backoff BACKOFF = new Backoff(FIRST_WAIT_NANOS, CAP_WAIT_NANOS);

    private final Policy policy;
    private final Pacer pacer;
    private final LoadStats stats;
    private final Random random;
    private final long deadlineNanos;
    /** The open model's intended send time of the next request, or -1 (closed model: now). */
    private long scheduledAtNanos = -1;

    PolicySender(Policy policy, Pacer pacer, LoadStats stats, Random random, long deadlineNanos) {
        this.policy = policy;
        this.pacer = pacer;
        this.stats = stats;
        this.random = random;
        this.deadlineNanos = deadlineNanos;
    }

    /**
     * Sends {@code call} costing {@code price} for {@code batchItems} items; the answer, or empty
     * when it was refused (429 not retried, retries exhausted) or failed otherwise.
     */
    <T> Optional<T> send(EndpointPrice price, int batchItems, PacedBucket.Priority priority, Supplier<T> call) {
        // In the open model latency runs from the intended send time, not the actual one, so a
        // client that fell behind its schedule does not hide the delay (coordinated omission).
        long started = scheduledAtNanos >= 0 ? scheduledAtNanos : System.nanoTime();
        scheduledAtNanos = -1;
        try {
            return switch (policy) {
                case NONE -> once(price, batchItems, call);
                case BACKOFF -> withBackoff(price, batchItems, call);
                case BUCKET -> paced(price, batchItems, priority, call);
            };
        } finally {
            stats.latency(System.nanoTime() - started);
        }
    }

    private <T> Optional<T> once(EndpointPrice price, int batchItems, Supplier<T> call) {
        try {
            return Optional.of(attempt(price, batchItems, call));
        } catch (RateLimitedException e) {
            return Optional.empty();
        }
    }

    private <T> Optional<T> withBackoff(EndpointPrice price, int batchItems, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Optional.of(attempt(price, batchItems, call));
            } catch (RateLimitedException e) {
                if (attempt >= MAX_ATTEMPTS || System.nanoTime() >= deadlineNanos) {
                    return Optional.empty();
                }
                long wait = backoffNanos(attempt, e.retryAfterNanos());
                wait = Math.min(wait, Math.max(0, deadlineNanos - System.nanoTime()));
                sleepNanos(wait);
                stats.retried(wait);
            }
        }
    }

    /** The open model: the next request was due at {@code nanos} ({@link System#nanoTime()}). */
    void scheduledAt(long nanos) {
        scheduledAtNanos = nanos;
    }

    /** Full jitter: uniform in [0, min(cap, first * 2^(attempt-1))]; a Retry-After is a floor. */
    long backoffNanos(int attempt, OptionalLong retryAfterNanos) {
        long jittered = BACKOFF.waitNanos(attempt - 1, random);
        return retryAfterNanos.isPresent() ? Math.max(retryAfterNanos.getAsLong(), jittered) : jittered;
    }

    private <T> Optional<T> paced(EndpointPrice price, int batchItems, PacedBucket.Priority priority,
            Supplier<T> call) {
        long asked = System.nanoTime();
        Pacer.Permit permit = pacer.acquire(price, batchItems, priority).join();
        stats.waited(System.nanoTime() - asked);
        try {
            T answer = attempt(price, batchItems, call);
            permit.settled();
            return Optional.of(answer);
        } catch (RateLimitedException e) {
            permit.settled();
            permit.rateLimited();
            return Optional.empty();
        } catch (RuntimeException e) {
            permit.settled();
            throw e;
        }
    }

    /** One attempt on the wire: counted, and its tokens counted as accepted unless the server said 429. */
    private <T> T attempt(EndpointPrice price, int batchItems, Supplier<T> call) {
        stats.attempt();
        try {
            T answer = call.get();
            stats.accepted(price.bucket(), price.tokensFor(batchItems));
            return answer;
        } catch (CompletionException e) {
            throw unwrap(e);
        } catch (RateLimitedException e) {
            stats.rateLimited();
            throw e;
        } catch (KalshiException e) {
            // Another refusal (a 4xx other than 429) still spent the server's tokens.
            stats.otherError();
            throw e;
        }
    }

    private RuntimeException unwrap(CompletionException e) {
        if (e.getCause() instanceof RateLimitedException limited) {
            stats.rateLimited();
            return limited;
        }
        stats.otherError();
        return e.getCause() instanceof RuntimeException runtime ? runtime : e;
    }

    private static void sleepNanos(long nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
