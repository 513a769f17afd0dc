package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Count;

/** The body of {@code GET /portfolio/orders/{order_id}/queue_position}: contracts ahead of the order. */
public record GetOrderQueuePositionResponse(
        @JsonProperty("queue_position_fp") Count queuePositionFp) {
}
