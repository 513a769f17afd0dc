package dev.kalshisim.core.strategy;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;

/**
 * A trade printed in a market, anyone's (a strategy's own trades also arrive as {@link FillEvent}).
 *
 * @param tsNanos       epoch nanos of the trade
 * @param tradeId       the venue's trade id
 * @param ticker        the market
 * @param yesPrice      the traded price on the YES leg
 * @param count         contracts traded, positive
 * @param takerBookSide the aggressor's side: bid if the taker bought YES
 */
public record TradeEvent(long tsNanos, String tradeId, String ticker, Price yesPrice, Count count,
        BookSide takerBookSide) implements StrategyEvent {

    public TradeEvent {
        if (tradeId == null || ticker == null || yesPrice == null || count == null || takerBookSide == null) {
            throw new IllegalArgumentException("a trade needs an id, ticker, price, count and taker side");
        }
        if (!count.isPositive()) {
            throw new IllegalArgumentException("a trade's count must be positive: " + count + " on " + ticker);
        }
    }

    @Override
    public void deliverTo(Strategy strategy) {
        strategy.onTrade(this);
    }
}
