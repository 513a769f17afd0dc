package dev.kalshisim.cli.backtest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Epoch nanos as ISO-8601 UTC text with all nine decimals ({@code 2026-03-18T18:00:00.250000000Z}),
 * so every timestamp column has one width and sorts as text in time order.
 */
final class UtcTime {

    private static final DateTimeFormatter NANOS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private UtcTime() {
    }

    static String iso(long epochNanos) {
        return NANOS.format(instant(epochNanos));
    }

    static Instant instant(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
    }

    /** The instant's epoch nanos. */
    static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }
}
