package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One market's candlesticks in the batch candlesticks response (Kalshi's {@code MarketCandlesticksResponse}). */
public record MarketCandlesticks(
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("candlesticks") List<Candlestick> candlesticks) {

    public MarketCandlesticks {
        candlesticks = Immutable.list(candlesticks);
    }
}
