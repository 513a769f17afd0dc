package dev.kalshisim.strategies;

import dev.kalshisim.core.model.BookSide;

/** What the market maker keeps about one of its markets. Confined to the strategy's thread. */
final class MakerMarket {

    final String ticker;
    final QuoteSlot bid = new QuoteSlot(BookSide.BID);
    final QuoteSlot ask = new QuoteSlot(BookSide.ASK);
    final TopOfBook top = new TopOfBook();
    final TradeEma ema;
    /** The centre the current quotes were priced around; {@link MarketMaker#NONE} when none. */
    long quotedCentre = MarketMaker.NONE;
    /** Whether the quotes must be looked at again even if the centre has not moved. */
    boolean dirty = true;
    /** Whether the market takes no orders (paused, closed, determined). */
    boolean halted;
    /** No new quote before this (a back-off after refusals). */
    long notBeforeNanos;
    /** Refusals in a row, for the back-off; reset when a quote is accepted. */
    int refusals;

    MakerMarket(String ticker, long emaHalfLifeNanos) {
        this.ticker = ticker;
        this.ema = new TradeEma(emaHalfLifeNanos);
    }

    /** The slot holding the order {@code id}, or null. */
    QuoteSlot slotOf(String id) {
        if (id == null) {
            return null;
        }
        return bid.holds(id) ? bid : ask.holds(id) ? ask : null;
    }
}
