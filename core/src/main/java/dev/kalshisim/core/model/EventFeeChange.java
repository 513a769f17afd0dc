package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A scheduled change of an event's fee override (Kalshi's {@code EventFeeChange} schema, from
 * {@code GET /events/fee_changes}). Both overrides {@code null} means the override is cleared and
 * the event falls back to its series' fees, so they are written as JSON {@code null} rather than
 * left out.
 *
 * @param id unique id of the change
 * @param feeTypeOverride the event's fee type from {@code scheduledTs} on; {@code null} clears it
 * @param feeMultiplierOverride a plain multiplier, not money; {@code null} clears it
 * @param scheduledTs RFC3339 on the wire despite the {@code _ts} name (per the OpenAPI schema)
 */
public record EventFeeChange(
        @JsonProperty("id") String id,
        @JsonProperty("event_ticker") String eventTicker,
        @JsonProperty("series_ticker") String seriesTicker,
        @JsonProperty("fee_type_override") @JsonInclude(JsonInclude.Include.ALWAYS) FeeType feeTypeOverride,
        @JsonProperty("fee_multiplier_override") @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal feeMultiplierOverride,
        @JsonProperty("scheduled_ts") Instant scheduledTs) {
}
