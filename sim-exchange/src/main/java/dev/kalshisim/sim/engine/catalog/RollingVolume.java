package dev.kalshisim.sim.engine.catalog;

import java.util.ArrayDeque;

/**
 * A market's traded contracts per minute over the last day, with a running total, so its 24-hour
 * volume is O(1) to read instead of a scan of a day of trades (which the engine no longer keeps).
 *
 * <p>Resolution is the minute: {@link #since} counts every trade in the minute that holds its
 * bound and after, so a 24-hour figure may include up to one extra minute of trades. At most
 * 1,441 buckets are kept. Only touched under the exchange lock.
 */
final class RollingVolume {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final long DAY_MINUTES = 1_440;

    /** {minute, contracts in hundredths}, oldest first. */
    private final ArrayDeque<long[]> buckets = new ArrayDeque<>();
    private long total;

    /** Adds {@code hundredths} contracts traded at {@code nanos}. */
    void add(long nanos, long hundredths) {
        long minute = Math.floorDiv(nanos, MINUTE_NANOS);
        long[] last = buckets.peekLast();
        if (last != null && last[0] == minute) {
            last[1] = Math.addExact(last[1], hundredths);
        } else {
            buckets.addLast(new long[] {minute, hundredths});
        }
        total = Math.addExact(total, hundredths);
        dropBefore(minute - DAY_MINUTES);
    }

    /** Contracts traded from the minute of {@code sinceNanos} on; forgets older minutes for good. */
    long since(long sinceNanos) {
        dropBefore(Math.floorDiv(sinceNanos, MINUTE_NANOS));
        return total;
    }

    private void dropBefore(long minute) {
        while (!buckets.isEmpty() && buckets.peekFirst()[0] < minute) {
            total -= buckets.pollFirst()[1];
        }
    }
}
