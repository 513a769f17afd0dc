package dev.kalshisim.sim.engine.book.pricetime;

import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The bids for one outcome, by price on that outcome's leg; the best bid is the highest. Levels sit
 * in an array indexed by price units (0 to {@link Price#SCALE}, every tick grid's prices), made the
 * first time a price is used and kept; a bit set of the non-empty prices finds the next best level
 * with a few word reads when the best one empties.
 */
public final class BidLadder<T> {

    private static final int SLOTS = (int) Price.SCALE + 1;

    private final OutcomeSide side;
    @SuppressWarnings("unchecked")
    private final Level<T>[] levels = (Level<T>[]) new Level<?>[SLOTS];
    /** Bit p is set when the level at p holds an entry. */
    private final long[] occupied = new long[(SLOTS + 63) >>> 6];
    /** The highest non-empty price, or -1 when the ladder is empty. */
    private int best = -1;
    private int entries;

    BidLadder(OutcomeSide side) {
        this.side = side;
    }

    public OutcomeSide side() {
        return side;
    }

    /** The best (highest) non-empty level, or null when the ladder is empty. */
    public Level<T> best() {
        return best < 0 ? null : levels[best];
    }

    /** The non-empty level at {@code priceUnits}, or null. */
    public Level<T> at(long priceUnits) {
        if (priceUnits < 0 || priceUnits >= SLOTS) {
            return null;
        }
        Level<T> level = levels[(int) priceUnits];
        return level == null || level.isEmpty() ? null : level;
    }

    /** The remaining size at {@code priceUnits}, 0 when none rests there. */
    public long sizeAt(long priceUnits) {
        Level<T> level = at(priceUnits);
        return level == null ? 0 : level.totalCount;
    }

    /** The best non-empty level below {@code level}'s price, or null. */
    public Level<T> worseThan(Level<T> level) {
        int below = highestBelow((int) level.priceUnits);
        return below < 0 ? null : levels[below];
    }

    /** Non-empty levels from best to worst; it allocates an iterator, so it is for queries. */
    public Iterable<Level<T>> bestFirst() {
        return () -> new Iterator<>() {
            private Level<T> next = best();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Level<T> next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Level<T> current = next;
                next = worseThan(current);
                return current;
            }
        };
    }

    public boolean isEmpty() {
        return best < 0;
    }

    /** Entries resting on this ladder. */
    public int entries() {
        return entries;
    }

    void add(Resting<T> entry) {
        int p = (int) entry.priceUnits;
        Level<T> level = levels[p];
        if (level == null) {
            level = new Level<>(p);
            levels[p] = level;
        }
        if (level.isEmpty()) {
            occupied[p >>> 6] |= 1L << p;
            if (p > best) {
                best = p;
            }
        }
        level.append(entry);
        entries++;
    }

    void remove(Resting<T> entry) {
        Level<T> level = entry.level;
        level.unlink(entry);
        entries--;
        if (level.isEmpty()) {
            emptied((int) level.priceUnits);
        }
    }

    /** Takes {@code by} off a resting entry's size in place; its level's total follows. */
    void shrink(Resting<T> entry, long by) {
        entry.remaining = Math.subtractExact(entry.remaining, by);
        entry.level.totalCount = Math.subtractExact(entry.level.totalCount, by);
    }

    private void emptied(int p) {
        occupied[p >>> 6] &= ~(1L << p);
        if (p == best) {
            best = highestBelow(p);
        }
    }

    /** The highest occupied price below {@code p}, or -1. */
    private int highestBelow(int p) {
        if (p <= 0) {
            return -1;
        }
        int q = p - 1;
        int word = q >>> 6;
        // Keep bits 0..q of the first word (q & 63 is the top one kept).
        long bits = occupied[word] & (-1L >>> (63 - (q & 63)));
        while (true) {
            if (bits != 0) {
                return (word << 6) + 63 - Long.numberOfLeadingZeros(bits);
            }
            if (--word < 0) {
                return -1;
            }
            bits = occupied[word];
        }
    }
}
