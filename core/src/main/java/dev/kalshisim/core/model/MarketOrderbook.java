package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One market's order book in {@code GET /markets/orderbooks} (Kalshi's {@code MarketOrderbookFp}). */
public record MarketOrderbook(
        @JsonProperty("ticker") String ticker,
        @JsonProperty("orderbook_fp") Orderbook orderbookFp) {
}
