package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Count;

/**
 * The body of a V2 decrease (Kalshi's {@code DecreaseOrderV2Response}).
 *
 * @param remainingCount contracts resting after the decrease
 * @param tsMs matching-engine time, Unix milliseconds
 */
public record DecreaseOrderV2Response(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("client_order_id") String clientOrderId,
        @JsonProperty("remaining_count") Count remainingCount,
        @JsonProperty("ts_ms") long tsMs) {
}
