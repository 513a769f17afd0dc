package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Order;

/** The body of {@code GET /portfolio/orders/{order_id}}. */
public record GetOrderResponse(
        @JsonProperty("order") Order order) {
}
