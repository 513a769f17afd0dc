package dev.kalshisim.kalshi.client;

import java.util.random.RandomGenerator;

/**
 * Capped exponential backoff with full jitter, the one backoff of the adapter: the retrier waits it
 * between REST attempts, the WebSocket client between reconnects. Wait number {@code n} (from 0)
 * is a uniform random whole number of nanoseconds in {@code [0, min(cap, first * 2^n)]}, both ends
 * included.
 *
 * <p>Full jitter spreads clients that failed together (a 503 storm, an exchange restart) over the
 * whole window instead of having them return in lockstep. Integer arithmetic only; the ceiling
 * saturates at the cap instead of overflowing. The randomness is passed in on every draw, so the
 * caller decides its seed and thread-safety (seed it for repeatable tests).
 *
 * @param firstWaitNanos the ceiling of the first wait, not negative (0 never waits)
 * @param capNanos the cap on every ceiling, at least {@code firstWaitNanos}
 */
public record Backoff(long firstWaitNanos, long capNanos) {

    /** 100 ms doubling up to 30 s, the project's default for retries and reconnects. */
    public static final Backoff DEFAULT = new Backoff(100_000_000L, 30_000_000_000L);

    public Backoff {
        if (firstWaitNanos < 0 || capNanos < firstWaitNanos) {
            throw new IllegalArgumentException("backoff needs 0 <= firstWaitNanos <= capNanos: "
                    + firstWaitNanos + ", " + capNanos);
        }
    }

    /** The largest wait of wait number {@code index}: {@code min(cap, first * 2^index)}. */
    public long ceilingNanos(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("the wait index must not be negative: " + index);
        }
        // first * 2^n > cap exactly when first > floor(cap / 2^n); shifting cap cannot overflow.
        if (index >= Long.SIZE - 1 || firstWaitNanos > (capNanos >> index)) {
            return capNanos;
        }
        return firstWaitNanos << index;
    }

    /**
     * A fresh random wait for wait number {@code index}, in nanoseconds; a zero ceiling answers 0
     * without drawing, so a policy that never waits leaves the random sequence untouched.
     */
    public long waitNanos(int index, RandomGenerator random) {
        long ceiling = ceilingNanos(index);
        if (ceiling == 0) {
            return 0;
        }
        return ceiling == Long.MAX_VALUE ? random.nextLong(ceiling) : random.nextLong(ceiling + 1);
    }
}
