package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Orderbook;

/** The body of {@code GET /markets/{ticker}/orderbook}: {@code {"orderbook_fp":{yes_dollars,no_dollars}}}. */
public record GetOrderbookResponse(
        @JsonProperty("orderbook_fp") Orderbook orderbookFp) {
}
