package dev.kalshisim.cli.gateway;

import java.time.Duration;

/**
 * How long a signed request may wait in the gateway. The exchange accepts a signature whose
 * {@code KALSHI-ACCESS-TIMESTAMP} (epoch milliseconds) is within a window of its own clock (the
 * simulator's default is 30 s); the gateway must send the request early enough that it still is
 * when it arrives, so it keeps a margin for the trip upstream and for clock drift.
 *
 * @param window the exchange's window
 * @param margin kept back from the window for the trip upstream
 */
record TimestampWindow(Duration window, Duration margin) {

    /** The simulator's default window, and one second of margin. */
    static final TimestampWindow DEFAULT = new TimestampWindow(Duration.ofSeconds(30), Duration.ofSeconds(1));

    TimestampWindow {
        if (window.isNegative() || margin.isNegative()) {
            throw new IllegalArgumentException("the timestamp window and its margin must not be negative");
        }
    }

    /**
     * The last moment (epoch nanoseconds) the request signed at {@code timestampHeader} may be sent,
     * or {@link Long#MAX_VALUE} when the header is missing or not a number (the exchange will judge it).
     */
    long deadlineNanos(String timestampHeader) {
        if (timestampHeader == null) {
            return Long.MAX_VALUE;
        }
        long signedMillis;
        try {
            signedMillis = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException notANumber) {
            return Long.MAX_VALUE;
        }
        long lastMillis = signedMillis + window.toMillis() - margin.toMillis();
        return Math.multiplyExact(lastMillis, 1_000_000L);
    }
}
