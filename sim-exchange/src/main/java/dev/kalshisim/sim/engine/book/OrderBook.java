package dev.kalshisim.sim.engine.book;

import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.sim.engine.book.pricetime.BidLadder;
import dev.kalshisim.sim.engine.book.pricetime.Level;
import dev.kalshisim.sim.engine.book.pricetime.PriceTimeBook;

/**
 * One market's central limit order book, kept as two bid ladders as Kalshi publishes it: YES bids
 * at YES prices and NO bids at NO prices. A NO bid at q is a YES ask at 1 - q, so an order buying
 * one outcome at x crosses the other ladder's bids at y whenever x + y >= $1. The levels, queues and
 * match loop are the {@link PriceTimeBook}'s; each resting engine order holds its entry there.
 */
public final class OrderBook {

    private final PriceTimeBook<BookOrder> core = new PriceTimeBook<>();

    /** The price-time book itself, for the book's services (rest, remove, shrink, match). */
    PriceTimeBook<BookOrder> core() {
        return core;
    }

    public BidLadder<BookOrder> ladder(OutcomeSide side) {
        return core.ladder(side);
    }

    /** The ladder an order buying {@code side} trades against. */
    public BidLadder<BookOrder> opposite(OutcomeSide side) {
        return core.opposite(side);
    }

    /** Whether an order buying {@code side} at {@code priceUnits} would trade with a resting order. */
    public boolean crosses(OutcomeSide side, long priceUnits) {
        return core.crosses(side, priceUnits);
    }

    public static boolean crosses(long priceUnits, long oppositePriceUnits) {
        return PriceTimeBook.crosses(priceUnits, oppositePriceUnits);
    }

    /** Contracts resting ahead of {@code order}, which must rest here. */
    public long countAhead(BookOrder order) {
        if (order.entry == null) {
            throw new IllegalStateException(order + " does not rest");
        }
        Level<BookOrder> level = ladder(order.side).at(order.priceUnits);
        if (level == null) {
            throw new IllegalStateException("no " + order.side.wire() + " level at " + order.priceUnits);
        }
        return level.countAhead(order.entry);
    }
}
