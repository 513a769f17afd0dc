package dev.kalshisim.cli.backtest;

import dev.kalshisim.data.replay.ReplayLogHeader;

/**
 * The part of a recording a backtest replays, from {@code --from} (inclusive) to {@code --to}
 * (exclusive), either end open. An end beyond the recording's span (first to last receive time) is
 * the recording's own end, so {@code --from 14:00} works on a recording whose first message came a
 * few milliseconds later; but the window must overlap the recording and its end come after its
 * start: a window that misses the recording would run an empty backtest that looks like a result.
 *
 * @param fromNanos the start, or 0 for the recording's start
 * @param toNanos   the end, or {@code Long.MAX_VALUE} for the recording's end
 */
record Window(long fromNanos, long toNanos) {

    /** Checks what the command line gave before any data is read: the order of the two ends. */
    static void checkOrder(Long from, Long to) {
        if (from != null && to != null && to <= from) {
            throw new IllegalArgumentException("--to " + UtcTime.iso(to) + " must be after --from " + UtcTime.iso(from));
        }
    }

    /**
     * The window of {@code from} and {@code to} (null: open) on the recording {@code header} describes.
     *
     * @throws IllegalArgumentException in one line when the window misses the recording or is empty
     */
    static Window of(Long from, Long to, ReplayLogHeader header) {
        checkOrder(from, to);
        long first = header.firstRecvNs();
        long last = header.lastRecvNs();
        String span = "the recording runs from " + UtcTime.iso(first) + " to " + UtcTime.iso(last);
        if (header.recordCount() == 0) {
            throw new IllegalArgumentException("the recording has no market events to replay");
        }
        if (from != null && from > last) {
            throw new IllegalArgumentException("--from " + UtcTime.iso(from) + " is after the recording's end: " + span);
        }
        if (to != null && to <= first) {
            throw new IllegalArgumentException("--to " + UtcTime.iso(to) + " is not after the recording's start: " + span);
        }
        if (from != null && from < first) {
            from = null;
        }
        if (to != null && to > last) {
            to = null;
        }
        return new Window(from == null ? 0 : from, to == null ? Long.MAX_VALUE : to);
    }
}
