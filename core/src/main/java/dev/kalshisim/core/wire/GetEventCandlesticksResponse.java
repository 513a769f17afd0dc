package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Candlestick;
import java.util.List;

/**
 * The body of {@code GET /series/{series_ticker}/events/{event_ticker}/candlesticks}.
 *
 * @param marketCandlesticks one candlestick list per entry of {@code market_tickers}, same order
 * @param adjustedEndTs end actually used when the request was too large, Unix seconds
 */
public record GetEventCandlesticksResponse(
        @JsonProperty("market_tickers") List<String> marketTickers,
        @JsonProperty("market_candlesticks") List<List<Candlestick>> marketCandlesticks,
        @JsonProperty("adjusted_end_ts") long adjustedEndTs) {

    public GetEventCandlesticksResponse {
        marketTickers = marketTickers == null ? null : List.copyOf(marketTickers);
        marketCandlesticks = marketCandlesticks == null ? null
                : marketCandlesticks.stream().map(List::copyOf).toList();
    }
}
