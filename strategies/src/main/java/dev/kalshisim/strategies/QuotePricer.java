package dev.kalshisim.strategies;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import java.util.Optional;

/**
 * Prices a two-sided quote around the mid, skewed by inventory, on the whole-cent grid. Integer
 * math in {@link Price} units ($0.0001) throughout.
 *
 * <p>The centre is the mid moved against the position by {@code skew} per contract (long: both
 * quotes go down, to sell more and buy less). The bid is centre - spread/2 rounded down to a cent,
 * the ask centre + spread/2 rounded up, so rounding only widens the quote. Neither may cross the
 * market (a post-only quote that crosses would only be cancelled), and both stay within
 * $0.02..$0.98, strictly inside $0.01 and $0.99: at the extremes one tick of edge is all there
 * is. No quote at all when those rules leave no room (bid >= ask, or a side out of bounds).
 */
final class QuotePricer {

    static final long CENT = 100L;
    static final long MIN_QUOTE = 2 * CENT;
    static final long MAX_QUOTE = 98 * CENT;

    private final long spreadUnits;
    private final long skewUnitsPerContract;

    QuotePricer(Price spread, Price skewPerContract) {
        this.spreadUnits = spread.units();
        this.skewUnitsPerContract = skewPerContract.units();
    }

    /**
     * The quote for a market whose best YES bid and ask (the market's, not this strategy's) are
     * {@code bestBid} and {@code bestAsk}, holding {@code position}; empty when none fits.
     */
    Optional<Quote> price(Price bestBid, Price bestAsk, Count position) {
        // Doubled units keep a half-unit mid exact until the final rounding.
        long twiceCentre = Math.subtractExact(twiceMid(bestBid, bestAsk), twiceSkew(position));
        long bid = Math.floorDiv(Math.subtractExact(twiceCentre, spreadUnits), 2 * CENT) * CENT;
        long ask = ceilDiv(Math.addExact(twiceCentre, spreadUnits), 2 * CENT) * CENT;
        // Bounds first, then stay passive: at most the highest whole cent below the market's ask,
        // at least the lowest above its bid. Passivity wins; a side pushed out of bounds by it
        // means no quote.
        bid = Math.min(clamp(bid), Math.floorDiv(bestAsk.units() - 1, CENT) * CENT);
        ask = Math.max(clamp(ask), (Math.floorDiv(bestBid.units(), CENT) + 1) * CENT);
        if (bid < MIN_QUOTE || ask > MAX_QUOTE || bid >= ask) {
            return Optional.empty();
        }
        return Optional.of(new Quote(Price.ofUnits(bid), Price.ofUnits(ask)));
    }

    /** Bid plus ask: twice the mid, in units. */
    static long twiceMid(Price bestBid, Price bestAsk) {
        return Math.addExact(bestBid.units(), bestAsk.units());
    }

    /** Twice the skew for {@code position}, truncated toward zero so a flat book is unskewed. */
    private long twiceSkew(Count position) {
        // units/contract x hundredths / 100 = units; doubled, that is / 50.
        return Math.multiplyExact(skewUnitsPerContract, position.hundredths()) / 50;
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }

    private static long clamp(long units) {
        return Math.max(MIN_QUOTE, Math.min(MAX_QUOTE, units));
    }

    /** A bid and an ask, bid below ask, both on whole cents. */
    record Quote(Price bid, Price ask) {
    }
}
