package dev.kalshisim.data.event;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import java.util.Objects;

/**
 * A trade as Kalshi printed it.
 *
 * @param tradeId   Kalshi's trade id, or {@code null} when the source had none
 * @param yesPrice  the YES price (the NO price is its complement)
 * @param count     contracts traded
 * @param takerSide the outcome the taker bought, or {@code null} when unknown
 */
public record TradePrint(long recvNanos, long exchangeNanos, String ticker, String tradeId, Price yesPrice,
        Count count, OutcomeSide takerSide) implements MarketEvent {

    public TradePrint {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(yesPrice, "yesPrice");
        Objects.requireNonNull(count, "count");
    }
}
