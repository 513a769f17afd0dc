package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Order;

/** The body of a legacy amend: the order before and after. */
public record AmendOrderResponse(
        @JsonProperty("old_order") Order oldOrder,
        @JsonProperty("order") Order order) {
}
