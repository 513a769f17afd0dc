package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kalshisim.core.model.FeeType;
import java.math.BigDecimal;

/**
 * Payload of {@code event_fee_update}: an event's fee override was set or cleared. Both overrides
 * are required keys that are {@code null} when cleared, so they are always written.
 *
 * @param feeTypeOverride the fee type now in force, or {@code null} when cleared
 * @param feeMultiplierOverride the multiplier now in force, or {@code null} when cleared
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"event_ticker", "fee_type_override", "fee_multiplier_override"})
public record EventFeeUpdate(
        @JsonProperty("event_ticker") String eventTicker,
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty("fee_type_override") FeeType feeTypeOverride,
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty("fee_multiplier_override") BigDecimal feeMultiplierOverride)
        implements ChannelPayload {
}
