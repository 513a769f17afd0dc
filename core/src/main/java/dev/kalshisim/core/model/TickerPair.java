package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A selected leg in a combo request or lookup (Kalshi's {@code TickerPair}); {@code side} is yes or no. */
public record TickerPair(
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("event_ticker") String eventTicker,
        @JsonProperty("side") OutcomeSide side) {
}
