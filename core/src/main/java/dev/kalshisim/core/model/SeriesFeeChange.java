package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A scheduled change of a series' fee structure (Kalshi's {@code SeriesFeeChange} schema, from
 * {@code GET /series/fee_changes}).
 *
 * @param id unique id of the change
 * @param feeType the series' fee type from {@code scheduledTs} on
 * @param feeMultiplier a plain multiplier, not money; BigDecimal keeps the wire number exact
 * @param scheduledTs RFC3339 on the wire despite the {@code _ts} name (per the OpenAPI schema)
 */
public record SeriesFeeChange(
        @JsonProperty("id") String id,
        @JsonProperty("series_ticker") String seriesTicker,
        @JsonProperty("fee_type") FeeType feeType,
        @JsonProperty("fee_multiplier") BigDecimal feeMultiplier,
        @JsonProperty("scheduled_ts") Instant scheduledTs) {
}
