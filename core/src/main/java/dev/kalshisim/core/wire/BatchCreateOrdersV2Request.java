package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/** The body of {@code POST /portfolio/events/orders/batched}: V2 create requests. */
public record BatchCreateOrdersV2Request(
        @JsonProperty("orders") List<CreateOrderV2Request> orders) {

    public BatchCreateOrdersV2Request {
        orders = Immutable.list(orders);
    }
}
