package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Order;

/** The 201 body of a legacy create: {@code {order}}. */
public record CreateOrderResponse(
        @JsonProperty("order") Order order) {
}
