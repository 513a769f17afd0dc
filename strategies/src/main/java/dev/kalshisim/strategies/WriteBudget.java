package dev.kalshisim.strategies;

/**
 * The market maker's own budget of order creates: a token bucket of {@code perSecond} creates a
 * second, holding at most a second's worth (and at least two, so both sides of a quote can go out
 * together), full at the start. Exact long arithmetic on the run's clock: one create is 10^9
 * units, and the bucket refills {@code perSecond} units a nanosecond.
 *
 * <p>It keeps the strategy inside the account's write tokens, so the venue's pacing never has to
 * hold back a stale quote; cancels are not counted (they are cheap and only reduce risk), and the
 * default rate leaves room for one per create.
 */
final class WriteBudget {

    private static final long UNITS_PER_WRITE = 1_000_000_000L;

    private final long perSecond;
    private final long capacityUnits;
    private long units;
    private long lastNanos;

    WriteBudget(long perSecond, long startNanos) {
        this.perSecond = perSecond;
        this.capacityUnits = Math.multiplyExact(Math.max(2L, perSecond), UNITS_PER_WRITE);
        this.units = capacityUnits;
        this.lastNanos = startNanos;
    }

    /** Takes {@code writes} if the bucket holds them now; otherwise takes nothing. */
    boolean tryTake(int writes, long nowNanos) {
        refill(nowNanos);
        long needed = writes * UNITS_PER_WRITE;
        if (units < needed) {
            return false;
        }
        units -= needed;
        return true;
    }

    /** How long until the bucket holds {@code writes}, rounded up to the nanosecond; 0 when it does. */
    long nanosUntil(int writes, long nowNanos) {
        refill(nowNanos);
        long missing = writes * UNITS_PER_WRITE - units;
        return missing <= 0 ? 0 : (missing + perSecond - 1) / perSecond;
    }

    private void refill(long nowNanos) {
        if (nowNanos <= lastNanos) {
            return;
        }
        long elapsed = nowNanos - lastNanos;
        lastNanos = nowNanos;
        // Past a full bucket's refill time the bucket is full: no product can overflow.
        units = elapsed >= capacityUnits / perSecond ? capacityUnits
                : Math.min(capacityUnits, units + elapsed * perSecond);
    }
}
