package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Order;

/** The body of a legacy decrease: the order after it. */
public record DecreaseOrderResponse(
        @JsonProperty("order") Order order) {
}
