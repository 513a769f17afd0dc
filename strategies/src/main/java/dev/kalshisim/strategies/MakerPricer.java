package dev.kalshisim.strategies;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;

/**
 * Prices the market maker's two quotes: exact long arithmetic in Price units ($0.0001) and Count
 * hundredths.
 *
 * <ul>
 *   <li>The centre is the fair value moved against the position by {@code skew} per contract (long:
 *       both quotes lower, so it sells more readily and buys less).</li>
 *   <li>The bid is the whole cent nearest to centre - spread/2, the ask the bid plus the spread
 *       rounded up to whole cents, so the distance between them is the spread exactly. The
 *       strategy API says nothing of a market's tick, so quotes are on whole cents, which every
 *       Kalshi price grid (cents, or tenths of a cent at the tails) accepts.</li>
 *   <li>Both stay passive (they are post-only): the bid below the market's best ask, the ask above
 *       its best bid; and within $0.01..$0.99.</li>
 *   <li>Each side's size is {@code size}, cut to what the position limit leaves: a bid may add at
 *       most {@code maxPosition - position}, an ask {@code maxPosition + position}. A side with no
 *       room, or pushed out of bounds, is not quoted.</li>
 * </ul>
 */
final class MakerPricer {

    static final long TICK = 100L;
    static final long MIN_PRICE = TICK;
    static final long MAX_PRICE = Price.SCALE - TICK;

    private final long spreadUnits;
    private final long skewUnits;
    private final long size;
    private final long maxPosition;

    MakerPricer(Price spread, Price skew, Count size, Count maxPosition) {
        this.spreadUnits = Math.multiplyExact(ceilDiv(spread.units(), TICK), TICK);
        this.skewUnits = skew.units();
        this.size = size.hundredths();
        this.maxPosition = maxPosition.hundredths();
    }

    /** The centre for {@code fairUnits} holding {@code positionHundredths}. */
    long centre(long fairUnits, long positionHundredths) {
        // units per contract x hundredths / 100; truncated toward zero, so a flat book is unskewed.
        return fairUnits - Math.multiplyExact(skewUnits, positionHundredths) / Count.SCALE;
    }

    /** Fills {@code into} with the quotes around {@code centre}; a side it leaves at 0 is not quoted. */
    void price(long centre, TopOfBook market, long positionHundredths, Target into) {
        long bid = Math.multiplyExact(Math.floorDiv(centre - spreadUnits / 2 + TICK / 2, TICK), TICK);
        long ask = bid + spreadUnits;
        if (market.hasAsk) {
            bid = Math.min(bid, Math.floorDiv(market.askUnits - 1, TICK) * TICK);
        }
        if (market.hasBid) {
            ask = Math.max(ask, (Math.floorDiv(market.bidUnits, TICK) + 1) * TICK);
        }
        long bidSize = Math.min(size, maxPosition - positionHundredths);
        long askSize = Math.min(size, maxPosition + positionHundredths);
        boolean quoteBid = bid >= MIN_PRICE && bid <= MAX_PRICE && bidSize > 0;
        boolean quoteAsk = ask >= MIN_PRICE && ask <= MAX_PRICE && askSize > 0;
        into.bidUnits = quoteBid ? bid : 0;
        into.bidSize = quoteBid ? bidSize : 0;
        into.askUnits = quoteAsk ? ask : 0;
        into.askSize = quoteAsk ? askSize : 0;
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }

    /** The wanted quotes; a price of 0 means that side is not quoted. Mutable and reused. */
    static final class Target {
        long bidUnits;
        long bidSize;
        long askUnits;
        long askSize;

        void none() {
            bidUnits = 0;
            bidSize = 0;
            askUnits = 0;
            askSize = 0;
        }
    }
}
