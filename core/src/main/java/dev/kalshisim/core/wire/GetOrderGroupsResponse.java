package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import dev.kalshisim.core.model.OrderGroup;
import java.util.List;

/** The body of {@code GET /portfolio/order_groups}. */
public record GetOrderGroupsResponse(
        @JsonProperty("order_groups") List<OrderGroup> orderGroups) {

    public GetOrderGroupsResponse {
        orderGroups = Immutable.list(orderGroups);
    }
}
