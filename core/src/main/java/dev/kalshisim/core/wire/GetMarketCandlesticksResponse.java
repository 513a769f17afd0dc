package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Candlestick;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/** The body of {@code GET /series/{series_ticker}/markets/{ticker}/candlesticks}. */
public record GetMarketCandlesticksResponse(
        @JsonProperty("ticker") String ticker,
        @JsonProperty("candlesticks") List<Candlestick> candlesticks) {

    public GetMarketCandlesticksResponse {
        candlesticks = Immutable.list(candlesticks);
    }
}
