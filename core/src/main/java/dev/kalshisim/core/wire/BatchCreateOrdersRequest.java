package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/** The legacy body of {@code POST /portfolio/orders/batched}. */
public record BatchCreateOrdersRequest(
        @JsonProperty("orders") List<CreateOrderRequest> orders) {

    public BatchCreateOrdersRequest {
        orders = Immutable.list(orders);
    }
}
