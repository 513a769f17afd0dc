package dev.kalshisim.data.synthetic;

/**
 * One market's aggregated order book on a whole-cent grid, as Kalshi shows it: YES bids and NO bids,
 * each a size (in hundredths of a contract) per price in cents 1..99. A YES ask at p is a NO bid at
 * 100 - p, so the book is crossed when the best YES bid plus the best NO bid reach 100 cents. Every
 * change is checked: no level ever goes negative and no order ever crosses. Not thread-safe.
 */
public final class SyntheticBook {

    public static final int LEVELS = 100;

    private final long[] yes = new long[LEVELS];
    private final long[] no = new long[LEVELS];

    /** The side's sizes by cent; index 0 is unused. A copy. */
    public long[] levels(boolean yesSide) {
        return (yesSide ? yes : no).clone();
    }

    public long size(boolean yesSide, int cents) {
        return (yesSide ? yes : no)[cents];
    }

    /** The best bid on a side in cents, or 0 when the side is empty. */
    public int best(boolean yesSide) {
        long[] side = yesSide ? yes : no;
        for (int c = LEVELS - 1; c >= 1; c--) {
            if (side[c] > 0) {
                return c;
            }
        }
        return 0;
    }

    /** The highest bid a side may add without crossing: one cent below the other side's implied ask. */
    public int highestNonCrossing(boolean yesSide) {
        return LEVELS - 1 - best(!yesSide);
    }

    /** Contracts resting on a side, in hundredths. */
    public long depth(boolean yesSide) {
        long total = 0;
        for (long s : yesSide ? yes : no) {
            total += s;
        }
        return total;
    }

    /** Contracts within {@code levels} cents of a side's best bid, in hundredths. */
    public long depthNearTouch(boolean yesSide, int levels) {
        int best = best(yesSide);
        long total = 0;
        long[] side = yesSide ? yes : no;
        for (int c = best; c >= 1 && c > best - levels; c--) {
            total += side[c];
        }
        return total;
    }

    /** Applies a change of {@code hundredths} (negative to remove) at {@code cents}. */
    public void apply(boolean yesSide, int cents, long hundredths) {
        if (cents < 1 || cents >= LEVELS) {
            throw new IllegalArgumentException("price out of the book: " + cents + " cents");
        }
        long[] side = yesSide ? yes : no;
        long after = side[cents] + hundredths;
        if (after < 0) {
            throw new IllegalStateException("level " + cents + " on " + (yesSide ? "yes" : "no") + " would go to "
                    + after);
        }
        if (hundredths > 0 && cents > highestNonCrossing(yesSide)) {
            throw new IllegalStateException("a bid at " + cents + " on " + (yesSide ? "yes" : "no")
                    + " crosses the other side's best " + best(!yesSide));
        }
        side[cents] = after;
    }
}
