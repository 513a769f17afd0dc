package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import dev.kalshisim.core.model.MarketCandlesticks;
import java.util.List;

/** The body of {@code GET /markets/candlesticks}: one {@code {market_ticker, candlesticks}} per market. */
public record BatchGetMarketCandlesticksResponse(
        @JsonProperty("markets") List<MarketCandlesticks> markets) {

    public BatchGetMarketCandlesticksResponse {
        markets = Immutable.list(markets);
    }
}
