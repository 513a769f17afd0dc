package dev.kalshisim.sim.engine.book.pricetime;

import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;

/**
 * One market's central limit order book as two bid ladders: YES bids at YES prices and NO bids at
 * NO prices. A NO bid at q is a YES ask at 1 - q, so an order buying one outcome at x crosses the
 * other ladder's bids at y whenever x + y >= $1, and every fill is at the resting order's price (the
 * incoming order gets any price improvement).
 *
 * <p>Not thread-safe: its owner serializes calls (the engine's command lock). Entries are pooled.
 */
public final class PriceTimeBook<T> {

    private final BidLadder<T> yes = new BidLadder<>(OutcomeSide.YES);
    private final BidLadder<T> no = new BidLadder<>(OutcomeSide.NO);
    /** Entries that left the book, linked through {@code next}, for the next rest. */
    private Resting<T> free;

    public BidLadder<T> ladder(OutcomeSide side) {
        return side == OutcomeSide.YES ? yes : no;
    }

    /** The ladder an order buying {@code side} trades against. */
    public BidLadder<T> opposite(OutcomeSide side) {
        return side == OutcomeSide.YES ? no : yes;
    }

    /** Whether an order buying {@code side} at {@code priceUnits} would trade with a resting entry. */
    public boolean crosses(OutcomeSide side, long priceUnits) {
        Level<T> best = opposite(side).best();
        return best != null && crosses(priceUnits, best.priceUnits);
    }

    public static boolean crosses(long priceUnits, long oppositePriceUnits) {
        return priceUnits + oppositePriceUnits >= Price.SCALE;
    }

    /**
     * Puts an entry at the back of its price level.
     *
     * @param priceUnits a price strictly between $0 and $1 on the {@code side} leg
     * @param count a positive size
     * @param owner who placed it, for self-match detection
     * @param id the caller's id for it (0 when unused)
     */
    public Resting<T> rest(OutcomeSide side, long priceUnits, long count, int owner, long id, T value) {
        if (priceUnits <= 0 || priceUnits >= Price.SCALE || count <= 0) {
            throw new IllegalArgumentException("cannot rest " + count + " at " + priceUnits);
        }
        Resting<T> entry = free;
        if (entry == null) {
            entry = new Resting<>();
        } else {
            free = entry.next;
            entry.next = null;
        }
        entry.side = side;
        entry.priceUnits = priceUnits;
        entry.remaining = count;
        entry.owner = owner;
        entry.id = id;
        entry.value = value;
        ladder(side).add(entry);
        return entry;
    }

    /** Takes a resting entry off the book; the entry is reused by a later rest. */
    public void remove(Resting<T> entry) {
        if (entry.level == null) {
            throw new IllegalStateException(entry + " does not rest");
        }
        ladder(entry.side).remove(entry);
        recycle(entry);
    }

    /** Takes {@code by} (less than its remaining size) off a resting entry, which keeps its place. */
    public void shrink(Resting<T> entry, long by) {
        if (entry.level == null || by <= 0 || by >= entry.remaining) {
            throw new IllegalArgumentException("cannot shrink " + entry + " by " + by);
        }
        ladder(entry.side).shrink(entry, by);
    }

    /**
     * Moves a resting entry to {@code priceUnits} with its remaining size, as a new order there: it
     * leaves its queue, trades with whatever it now crosses, and rests what is left at the back of
     * its new level. It stays the same entry, so the caller's reference to it stays good while it
     * rests; fully filled, it leaves the book ({@link Resting#isResting()} is false) and is reused.
     *
     * @return the size left resting
     */
    public long move(Resting<T> entry, long priceUnits, MatchSink<T> sink) {
        if (entry.level == null || priceUnits <= 0 || priceUnits >= Price.SCALE) {
            throw new IllegalArgumentException("cannot move " + entry + " to " + priceUnits);
        }
        BidLadder<T> own = ladder(entry.side);
        own.remove(entry);
        long left = match(entry.side, priceUnits, entry.remaining, entry.owner, sink);
        if (left > 0) {
            entry.priceUnits = priceUnits;
            entry.remaining = left;
            own.add(entry);
        } else {
            recycle(entry);
        }
        return left;
    }

    /**
     * Matches an incoming order buying {@code side} at {@code priceUnits} for {@code count} against
     * the opposite ladder, best price first and oldest first within a price, until it is filled, no
     * longer crosses, or the sink stops it at its owner's own entry.
     *
     * @return the size left unfilled (the caller rests it or drops it)
     */
    public long match(OutcomeSide side, long priceUnits, long count, int owner, MatchSink<T> sink) {
        BidLadder<T> opposite = opposite(side);
        long left = count;
        while (left > 0) {
            Level<T> level = opposite.best();
            if (level == null || level.priceUnits + priceUnits < Price.SCALE) {
                break;
            }
            Resting<T> maker = level.head;
            if (maker.owner == owner && sink.isSelfMatch(maker)) {
                if (sink.selfMatch(maker)) {
                    break;
                }
                if (maker.level != null) {
                    throw new IllegalStateException("self-match handler left " + maker + " on the book");
                }
                continue;
            }
            long traded = Math.min(left, maker.remaining);
            left -= traded;
            opposite.shrink(maker, traded);
            boolean done = maker.remaining == 0;
            if (done) {
                opposite.remove(maker);
            }
            boolean goOn = sink.filled(maker, traded, level.priceUnits, level.totalCount);
            if (done) {
                recycle(maker);
            }
            if (!goOn) {
                break;
            }
        }
        return left;
    }

    private void recycle(Resting<T> entry) {
        entry.value = null;
        entry.next = free;
        free = entry;
    }
}
