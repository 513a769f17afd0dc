package dev.kalshisim.strategies;

/**
 * What a {@link Momentum} taker keeps for one market: its trade flow, its average entry price, the
 * order it has in flight and when it may next enter.
 */
final class MomentumMarket {

    final String ticker;
    final TradeFlow flow;
    /** The average YES price of the position held, $0.0001 units; {@link MarketMaker#NONE} when unknown. */
    long averageEntryUnits = MarketMaker.NONE;
    /** The client order id of its one order in flight, or null. */
    String inFlight;
    /** No entry before this. */
    long enterNotBeforeNanos = Long.MIN_VALUE;

    MomentumMarket(String ticker, long windowNanos) {
        this.ticker = ticker;
        this.flow = new TradeFlow(windowNanos);
    }

    /**
     * Moves the average entry for a fill of {@code signed} hundredths at {@code priceUnits} that left
     * the position at {@code post}: adding to a position averages the price in, reducing it keeps the
     * average, closing forgets it, and flipping through zero starts again at the fill's price.
     */
    void filled(long signed, long priceUnits, long post) {
        long before = post - signed;
        if (post == 0) {
            averageEntryUnits = MarketMaker.NONE;
        } else if (before == 0 || Long.signum(before) != Long.signum(post)) {
            averageEntryUnits = priceUnits;
        } else if (Math.abs(post) > Math.abs(before)) {
            if (averageEntryUnits == MarketMaker.NONE) {
                // Held before the run at an unknown price: no stops until it is known.
                return;
            }
            long weighted = Math.addExact(Math.multiplyExact(averageEntryUnits, Math.abs(before)),
                    Math.multiplyExact(priceUnits, Math.abs(signed)));
            averageEntryUnits = Math.floorDiv(weighted, Math.abs(post));
        }
    }
}
