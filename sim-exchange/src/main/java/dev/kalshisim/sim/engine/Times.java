package dev.kalshisim.sim.engine;

import java.time.Instant;

/** Conversions between the engine's epoch nanos and {@link Instant}. */
final class Times {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private Times() {
    }

    static Instant instant(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, NANOS_PER_SECOND), Math.floorMod(epochNanos, NANOS_PER_SECOND));
    }

    static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
    }

    /** True when {@code value} lies within the inclusive bounds, each null for unbounded. */
    static boolean within(Instant value, Instant min, Instant max) {
        return (min == null || !value.isBefore(min)) && (max == null || !value.isAfter(max));
    }
}
