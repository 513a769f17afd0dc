package dev.kalshisim.sim.engine.group;

import java.util.ArrayDeque;

/**
 * The contracts one group matched in the rolling window, as a queue of (time, count) entries
 * oldest first, with their sum. A fill at time t counts while {@code now - t < window}.
 */
final class MatchedWindow {

    private record Entry(long atNanos, long count) {
    }

    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private long total;

    /** Records {@code count} hundredths matched at {@code nowNanos}, dropping what left the window. */
    void add(long nowNanos, long count, long windowNanos) {
        prune(nowNanos, windowNanos);
        entries.addLast(new Entry(nowNanos, count));
        total = Math.addExact(total, count);
    }

    /** The contracts matched within the window ending at {@code nowNanos}; drops older entries. */
    long total(long nowNanos, long windowNanos) {
        prune(nowNanos, windowNanos);
        return total;
    }

    /** The same sum, recomputed from the entries without changing them (for the invariant check). */
    long recount(long nowNanos, long windowNanos) {
        long sum = 0;
        for (Entry entry : entries) {
            if (inWindow(entry, nowNanos, windowNanos)) {
                sum = Math.addExact(sum, entry.count());
            }
        }
        return sum;
    }

    /** Forgets every entry: a reset sets the counter to zero. */
    void clear() {
        entries.clear();
        total = 0;
    }

    private void prune(long nowNanos, long windowNanos) {
        while (!entries.isEmpty() && !inWindow(entries.peekFirst(), nowNanos, windowNanos)) {
            total -= entries.pollFirst().count();
        }
    }

    private static boolean inWindow(Entry entry, long nowNanos, long windowNanos) {
        return nowNanos - entry.atNanos() < windowNanos;
    }
}
