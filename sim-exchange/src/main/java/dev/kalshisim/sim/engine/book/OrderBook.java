package dev.kalshisim.sim.engine.book;

import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;

/**
 * One market's central limit order book, kept as two bid ladders as Kalshi publishes it: YES bids
 * at YES prices and NO bids at NO prices. A NO bid at q is a YES ask at 1 - q, so an order buying
 * one outcome at x crosses the other ladder's bids at y whenever x + y >= $1.
 */
public final class OrderBook {

    private final Ladder yes = new Ladder(OutcomeSide.YES);
    private final Ladder no = new Ladder(OutcomeSide.NO);

    public Ladder ladder(OutcomeSide side) {
        return side == OutcomeSide.YES ? yes : no;
    }

    /** The ladder an order buying {@code side} trades against. */
    public Ladder opposite(OutcomeSide side) {
        return side == OutcomeSide.YES ? no : yes;
    }

    /** Whether an order buying {@code side} at {@code priceUnits} would trade with a resting order. */
    public boolean crosses(OutcomeSide side, long priceUnits) {
        PriceLevel best = opposite(side).best();
        return best != null && crosses(priceUnits, best.priceUnits);
    }

    public static boolean crosses(long priceUnits, long oppositePriceUnits) {
        return priceUnits + oppositePriceUnits >= Price.SCALE;
    }
}
