package dev.kalshisim.data.event;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import java.util.Objects;

/**
 * A {@code ticker} message: the market's top of book and last price as Kalshi summarized them;
 * any field the message lacked is {@code null}.
 */
public record TickerQuote(long recvNanos, long exchangeNanos, String ticker, Price yesBid, Price yesAsk,
        Price lastPrice, Count volume, Count openInterest) implements MarketEvent {

    public TickerQuote {
        Objects.requireNonNull(ticker, "ticker");
    }
}
