package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Count;

/**
 * The body of {@code DELETE /portfolio/events/orders/{order_id}} (Kalshi's {@code CancelOrderV2Response}).
 *
 * @param reducedBy contracts canceled: the remaining count at cancellation
 * @param tsMs matching-engine time, Unix milliseconds
 */
public record CancelOrderV2Response(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("client_order_id") String clientOrderId,
        @JsonProperty("reduced_by") Count reducedBy,
        @JsonProperty("ts_ms") long tsMs) {
}
