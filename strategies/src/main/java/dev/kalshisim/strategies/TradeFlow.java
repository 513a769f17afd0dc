package dev.kalshisim.strategies;

import java.util.ArrayDeque;

/**
 * The signed trade flow of one market over a sliding window: contracts bought by takers minus
 * contracts sold by takers, and the total traded, over the last {@code windowNanos}. Exact longs in
 * Count hundredths.
 */
final class TradeFlow {

    private final long windowNanos;
    private final ArrayDeque<long[]> prints = new ArrayDeque<>();
    private long signed;
    private long total;

    TradeFlow(long windowNanos) {
        this.windowNanos = windowNanos;
    }

    /** Adds a print of {@code hundredths}; {@code takerBought} when the aggressor bought YES. */
    void add(long tsNanos, long hundredths, boolean takerBought) {
        long value = takerBought ? hundredths : -hundredths;
        prints.addLast(new long[] {tsNanos, value});
        signed += value;
        total += hundredths;
    }

    /** Forgets the prints older than the window at {@code nowNanos}. */
    void age(long nowNanos) {
        while (!prints.isEmpty() && prints.peekFirst()[0] <= nowNanos - windowNanos) {
            long value = prints.removeFirst()[1];
            signed -= value;
            total -= Math.abs(value);
        }
    }

    /** Bought minus sold by takers in the window, hundredths. */
    long signed() {
        return signed;
    }

    /** Everything traded in the window, hundredths. */
    long total() {
        return total;
    }
}
