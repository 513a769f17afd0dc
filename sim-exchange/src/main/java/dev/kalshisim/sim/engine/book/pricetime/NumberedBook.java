package dev.kalshisim.sim.engine.book.pricetime;

import dev.kalshisim.core.model.OutcomeSide;
import java.util.Arrays;

/**
 * A {@link PriceTimeBook} driven by order ids, as an exchange's matching stage is: new resting or
 * immediate-or-cancel orders, cancels, moves to a new price (the order loses its place and may
 * trade) and reductions, each naming its order by a {@code long} id kept in an open-addressing
 * index. Each command's fills are written to {@link #fills()}, reused by the next command.
 *
 * <p>It is the book with nothing of the engine's ledger: what the matching benchmark measures and
 * what the book's tests drive.
 */
public final class NumberedBook implements MatchSink<Void> {

    private final PriceTimeBook<Void> book = new PriceTimeBook<>();
    private final LongIndex<Void> index;
    private final FillLog fills = new FillLog();
    private long takerId;

    /** @param expectedResting about how many orders rest at a time (the index's starting size) */
    public NumberedBook(int expectedResting) {
        index = new LongIndex<>(expectedResting);
    }

    public PriceTimeBook<Void> book() {
        return book;
    }

    /** The fills of the last command. */
    public FillLog fills() {
        return fills;
    }

    /** Orders resting now. */
    public int restingOrders() {
        return index.size();
    }

    /**
     * A new limit order buying {@code side} at {@code priceUnits}: it trades with what it crosses,
     * then rests its remainder unless it is immediate-or-cancel.
     *
     * @return the size it traded
     */
    public long place(long id, OutcomeSide side, long priceUnits, long count, int owner, boolean immediateOrCancel) {
        fills.clear();
        takerId = id;
        long left = book.match(side, priceUnits, count, owner, this);
        if (left > 0 && !immediateOrCancel) {
            index.put(id, book.rest(side, priceUnits, left, owner, id, null));
        }
        return count - left;
    }

    /** Cancels a resting order; false when no order rests under {@code id}. */
    public boolean cancel(long id) {
        fills.clear();
        Resting<Void> entry = index.remove(id);
        if (entry == null) {
            return false;
        }
        book.remove(entry);
        return true;
    }

    /**
     * Moves a resting order to {@code priceUnits} with its remaining size: it goes to the back of
     * its new level, after trading with whatever it now crosses.
     *
     * @return false when no order rests under {@code id}
     */
    public boolean move(long id, long priceUnits) {
        fills.clear();
        Resting<Void> entry = index.get(id);
        if (entry == null) {
            return false;
        }
        takerId = id;
        // The entry keeps its id, so the index needs no change unless the move fills it completely.
        if (book.move(entry, priceUnits, this) == 0) {
            index.remove(id);
        }
        return true;
    }

    /**
     * Takes {@code by} off a resting order, which keeps its place; an order reduced to nothing
     * leaves the book.
     *
     * @return false when no order rests under {@code id}
     */
    public boolean reduce(long id, long by) {
        fills.clear();
        Resting<Void> entry = index.get(id);
        if (entry == null || by <= 0) {
            return false;
        }
        if (by >= entry.remaining) {
            index.remove(id);
            book.remove(entry);
        } else {
            book.shrink(entry, by);
        }
        return true;
    }

    /** The remaining size of the resting order {@code id}, or 0. */
    public long remaining(long id) {
        Resting<Void> entry = index.get(id);
        return entry == null ? 0 : entry.remaining;
    }

    @Override
    public boolean filled(Resting<Void> maker, long count, long priceUnits, long levelTotalAfter) {
        fills.add(takerId, maker.id, priceUnits, count);
        if (maker.remaining == 0) {
            index.remove(maker.id);
        }
        return true;
    }

    /** Owners here are traders, with no self-trade prevention to apply: a self-match stops the order. */
    @Override
    public boolean selfMatch(Resting<Void> maker) {
        return true;
    }

    /** One command's fills as parallel primitive arrays, grown as needed and reused. */
    public static final class FillLog {
        private long[] taker = new long[16];
        private long[] maker = new long[16];
        private long[] price = new long[16];
        private long[] count = new long[16];
        private int size;

        void clear() {
            size = 0;
        }

        void add(long takerId, long makerId, long priceUnits, long traded) {
            if (size == taker.length) {
                taker = Arrays.copyOf(taker, size * 2);
                maker = Arrays.copyOf(maker, size * 2);
                price = Arrays.copyOf(price, size * 2);
                count = Arrays.copyOf(count, size * 2);
            }
            taker[size] = takerId;
            maker[size] = makerId;
            price[size] = priceUnits;
            count[size] = traded;
            size++;
        }

        public int size() {
            return size;
        }

        public long takerId(int i) {
            return taker[i];
        }

        public long makerId(int i) {
            return maker[i];
        }

        /** The maker's price, on the maker's leg. */
        public long priceUnits(int i) {
            return price[i];
        }

        public long count(int i) {
            return count[i];
        }
    }
}
