package dev.kalshisim.kalshi.client;

import java.util.Random;

/**
 * Exponential backoff with full jitter: retry number {@code n} (from 0) waits a uniform random
 * whole number of nanoseconds in {@code [0, min(cap, first * 2^n)]}, both ends included.
 *
 * <p>Full jitter spreads clients that failed together (a 503 storm) over the whole window instead
 * of having them return in lockstep. Integer arithmetic only; the ceiling saturates at the cap
 * instead of overflowing. Thread-safe when the {@link Random} is (java.util.Random is); draws are
 * repeatable for a seeded Random on one thread.
 */
final class Backoff {

    private final RetryPolicy policy;
    private final Random random;

    Backoff(RetryPolicy policy, Random random) {
        this.policy = policy;
        this.random = random;
    }

    /** The largest wait of retry number {@code retryIndex}: {@code min(cap, first * 2^retryIndex)}. */
    long ceilingNanos(int retryIndex) {
        if (retryIndex < 0) {
            throw new IllegalArgumentException("retryIndex must not be negative: " + retryIndex);
        }
        long first = policy.firstWaitNanos();
        long cap = policy.capNanos();
        // first * 2^n > cap exactly when first > floor(cap / 2^n); shifting cap cannot overflow.
        if (retryIndex >= Long.SIZE - 1 || first > (cap >> retryIndex)) {
            return cap;
        }
        return first << retryIndex;
    }

    /** A fresh random wait for retry number {@code retryIndex}, in nanoseconds. */
    long waitNanos(int retryIndex) {
        long ceiling = ceilingNanos(retryIndex);
        if (ceiling == 0) {
            return 0;
        }
        return ceiling == Long.MAX_VALUE ? random.nextLong(ceiling) : random.nextLong(ceiling + 1);
    }
}
