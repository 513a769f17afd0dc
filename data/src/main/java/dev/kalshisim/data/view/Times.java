package dev.kalshisim.data.view;

import dev.kalshisim.core.model.Price;
import java.time.Instant;

/** The text forms the views write: exact decimals and ISO-8601 instants. */
final class Times {

    private Times() {
    }

    /** Epoch nanos as an ISO-8601 instant, or empty for 0 (no time). */
    static String iso(long epochNanos) {
        if (epochNanos == 0) {
            return "";
        }
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos,
                1_000_000_000L)).toString();
    }

    /** A price or empty when absent. */
    static String price(Price price) {
        return price == null ? "" : price.toString();
    }

    /** A signed amount of price units (1/10,000 dollar) with four decimals, e.g. a spread. */
    static String units(long units) {
        String sign = units < 0 ? "-" : "";
        long magnitude = Math.abs(units);
        return sign + magnitude / Price.SCALE + "." + String.format(java.util.Locale.ROOT, "%04d", magnitude % Price.SCALE);
    }
}
