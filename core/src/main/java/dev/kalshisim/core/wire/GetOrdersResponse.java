package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import dev.kalshisim.core.model.Order;
import java.util.List;

/** The body of {@code GET /portfolio/orders}: a page of orders and the next cursor. */
public record GetOrdersResponse(
        @JsonProperty("orders") List<Order> orders,
        @JsonProperty("cursor") String cursor) {

    public GetOrdersResponse {
        orders = Immutable.list(orders);
    }
}
