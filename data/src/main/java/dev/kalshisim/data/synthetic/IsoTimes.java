package dev.kalshisim.data.synthetic;

import java.time.Instant;

/**
 * ISO-8601 UTC stamps as Kalshi writes them, fast: the date and time of day are formatted once per
 * second and reused, since consecutive messages almost always fall in the same second. Deltas carry
 * six fraction digits ({@code 2026-07-01T02:31:45.308599Z}); tickers carry {@link Instant}'s form
 * of the millisecond. Not thread-safe: one per renderer.
 */
final class IsoTimes {

    private long cachedSecond = Long.MIN_VALUE;
    private String cachedPrefix;

    /** {@code yyyy-MM-ddTHH:mm:ss.ffffffZ}, the microseconds of {@code nanos}. */
    void appendMicros(StringBuilder out, long nanos) {
        long second = Math.floorDiv(nanos, 1_000_000_000L);
        out.append(prefix(second)).append('.');
        long micros = Math.floorMod(nanos, 1_000_000_000L) / 1_000;
        for (long scale = 100_000; scale >= 1; scale /= 10) {
            out.append((char) ('0' + (micros / scale) % 10));
        }
        out.append('Z');
    }

    /** {@link Instant#toString()} of the millisecond {@code millis}: no fraction when it is zero, else three digits. */
    void appendMillis(StringBuilder out, long millis) {
        out.append(prefix(Math.floorDiv(millis, 1000L)));
        long fraction = Math.floorMod(millis, 1000L);
        if (fraction != 0) {
            out.append('.').append((char) ('0' + fraction / 100)).append((char) ('0' + fraction / 10 % 10))
                    .append((char) ('0' + fraction % 10));
        }
        out.append('Z');
    }

    private String prefix(long second) {
        if (second != cachedSecond) {
            String text = Instant.ofEpochSecond(second).toString();
            cachedPrefix = text.substring(0, text.length() - 1);
            cachedSecond = second;
        }
        return cachedPrefix;
    }
}
