package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * The body of {@code GET /historical/cutoff}: before these times data lives under {@code /historical}.
 * All four are RFC3339 on the wire despite the {@code _ts} names (per the OpenAPI schema).
 */
public record GetHistoricalCutoffResponse(
        @JsonProperty("market_settled_ts") Instant marketSettledTs,
        @JsonProperty("trades_created_ts") Instant tradesCreatedTs,
        @JsonProperty("orders_updated_ts") Instant ordersUpdatedTs,
        @JsonProperty("market_positions_last_updated_ts") Instant marketPositionsLastUpdatedTs) {
}
