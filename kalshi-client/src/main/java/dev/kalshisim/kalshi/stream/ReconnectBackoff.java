package dev.kalshisim.kalshi.stream;

import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter for reconnects: attempt {@code n} (from 0) waits a uniform
 * random number of nanoseconds in {@code [0, min(maxDelayNanos, initialDelayNanos * 2^n)]}.
 *
 * <p>Full jitter spreads clients dropped together (an exchange restart) over the whole window
 * instead of having them reconnect in lockstep. Integer arithmetic only; the ceiling saturates at
 * the cap instead of overflowing.
 *
 * @param initialDelayNanos ceiling of the first attempt's wait
 * @param maxDelayNanos cap on every ceiling
 */
public record ReconnectBackoff(long initialDelayNanos, long maxDelayNanos) {

    /** 100 ms doubling up to 30 s, the project's default for retries. */
    public static final ReconnectBackoff DEFAULT = new ReconnectBackoff(100_000_000L, 30_000_000_000L);

    public ReconnectBackoff {
        if (initialDelayNanos <= 0 || maxDelayNanos < initialDelayNanos) {
            throw new IllegalArgumentException("backoff needs 0 < initialDelayNanos <= maxDelayNanos: "
                    + initialDelayNanos + ", " + maxDelayNanos);
        }
    }

    /** The largest wait of attempt {@code attempt}: {@code min(max, initial * 2^attempt)}. */
    public long ceilingNanos(int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must not be negative: " + attempt);
        }
        // initial * 2^n > max exactly when initial > floor(max / 2^n); shifting max cannot overflow.
        if (attempt >= Long.SIZE - 1 || initialDelayNanos > (maxDelayNanos >> attempt)) {
            return maxDelayNanos;
        }
        return initialDelayNanos << attempt;
    }

    /** A fresh random wait for attempt {@code attempt}, both ends of the window included. */
    public long delayNanos(int attempt, RandomGenerator random) {
        long ceiling = ceilingNanos(attempt);
        return ceiling == Long.MAX_VALUE ? random.nextLong(ceiling) : random.nextLong(ceiling + 1);
    }
}
