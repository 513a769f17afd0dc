package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kalshisim.core.model.Count;

/**
 * Payload of {@code order_group_updates}: one of the member's order groups changed.
 *
 * @param eventType {@code created}, {@code triggered}, {@code reset}, {@code deleted} or {@code limit_updated}
 * @param contractsLimitFp the group's contract limit (on created and limit_updated)
 * @param tsMs when the engine processed the change, Unix milliseconds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"event_type", "order_group_id", "contracts_limit_fp", "ts_ms"})
public record OrderGroupUpdate(
        @JsonProperty("event_type") String eventType,
        @JsonProperty("order_group_id") String orderGroupId,
        @JsonProperty("contracts_limit_fp") Count contractsLimitFp,
        @JsonProperty("ts_ms") Long tsMs) implements ChannelPayload {
}
