package dev.kalshisim.sim.engine.time;

import java.time.Instant;

/** Conversions between the engine's epoch nanos and {@link Instant} or Kalshi's wire units. */
public final class Times {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    /**
     * The last conversion: a command stamps many records with the same time. One immutable pair in
     * a plain field, so threads that race on it each see a whole pair (final fields), at worst a
     * stale one that misses.
     */
    private static Last last = new Last(Long.MIN_VALUE, Instant.MIN);

    private record Last(long epochNanos, Instant instant) {
    }

    private Times() {
    }

    public static Instant instant(long epochNanos) {
        Last seen = last;
        if (seen.epochNanos == epochNanos) {
            return seen.instant;
        }
        Instant instant = Instant.ofEpochSecond(Math.floorDiv(epochNanos, NANOS_PER_SECOND),
                Math.floorMod(epochNanos, NANOS_PER_SECOND));
        last = new Last(epochNanos, instant);
        return instant;
    }

    public static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
    }

    /** The whole epoch seconds of {@code epochNanos}, rounded down as {@link Instant#getEpochSecond} does. */
    public static long epochSeconds(long epochNanos) {
        return Math.floorDiv(epochNanos, NANOS_PER_SECOND);
    }

    /** The epoch milliseconds of {@code epochNanos}, rounded down as {@link Instant#toEpochMilli} does. */
    public static long epochMillis(long epochNanos) {
        return Math.floorDiv(epochNanos, NANOS_PER_MILLI);
    }

    /** True when {@code value} lies within the inclusive bounds, each null for unbounded. */
    public static boolean within(Instant value, Instant min, Instant max) {
        return (min == null || !value.isBefore(min)) && (max == null || !value.isAfter(max));
    }
}
