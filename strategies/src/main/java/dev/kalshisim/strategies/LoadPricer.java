package dev.kalshisim.strategies;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookView;
import java.util.Optional;

/**
 * Where the {@code load} strategy's orders rest: far enough from the touch that they wait in the
 * book instead of trading, since its job is to load the venue's limits, not to take positions.
 * At the edge (no offset) a bid rests at 1 cent and an ask at 99 cents; with an offset, a bid rests
 * that far below the best bid (rounded down to a whole cent) and an ask that far above the best ask
 * (rounded up), never past the edge, and at the edge when that side of the book is empty.
 */
final class LoadPricer {

    static final Price LOWEST = Price.ofCents(1);
    static final Price HIGHEST = Price.ofCents(99);
    private static final long CENT = Price.ofCents(1).units();

    private final Price offset;

    /** Prices at {@code offset} from the touch, or at the edge when it is null. */
    LoadPricer(Price offset) {
        this.offset = offset;
    }

    /** Whether it needs the books (to find the touch). */
    boolean needsBooks() {
        return offset != null;
    }

    /** The YES price of a {@code side} order in {@code market}, the book without the strategy's own orders. */
    Price price(BookSide side, BookView market) {
        if (side == BookSide.BID) {
            Optional<BookLevel> best = offset == null ? Optional.empty() : market.bestYesBid();
            if (best.isEmpty()) {
                return LOWEST;
            }
            long units = best.get().price().units() - offset.units();
            return Price.ofUnits(Math.max(LOWEST.units(), Math.floorDiv(units, CENT) * CENT));
        }
        Optional<BookLevel> best = offset == null ? Optional.empty() : market.bestYesAsk();
        if (best.isEmpty()) {
            return HIGHEST;
        }
        long units = best.get().price().units() + offset.units();
        return Price.ofUnits(Math.min(HIGHEST.units(), Math.floorDiv(units + CENT - 1, CENT) * CENT));
    }
}
