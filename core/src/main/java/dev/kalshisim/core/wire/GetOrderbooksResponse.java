package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import dev.kalshisim.core.model.MarketOrderbook;
import java.util.List;

/** The body of {@code GET /markets/orderbooks}: one {@code {ticker, orderbook_fp}} per requested market. */
public record GetOrderbooksResponse(
        @JsonProperty("orderbooks") List<MarketOrderbook> orderbooks) {

    public GetOrderbooksResponse {
        orderbooks = Immutable.list(orderbooks);
    }
}
