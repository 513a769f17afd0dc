package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** A combo market looked up or created recently in a collection (Kalshi's {@code LookupPoint}). */
public record LookupPoint(
        @JsonProperty("event_ticker") String eventTicker,
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("selected_markets") List<TickerPair> selectedMarkets,
        @JsonProperty("last_queried_ts") Instant lastQueriedTs) {

    public LookupPoint {
        selectedMarkets = Immutable.list(selectedMarkets);
    }
}
