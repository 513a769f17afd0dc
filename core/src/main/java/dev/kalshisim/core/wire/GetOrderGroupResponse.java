package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/**
 * The body of {@code GET /portfolio/order_groups/{order_group_id}}.
 *
 * @param contractsLimitFp most contracts matched in a rolling 15 s window
 * @param orders ids of the group's orders
 */
public record GetOrderGroupResponse(
        @JsonProperty("is_auto_cancel_enabled") boolean isAutoCancelEnabled,
        @JsonProperty("contracts_limit_fp") Count contractsLimitFp,
        @JsonProperty("orders") List<String> orders,
        @JsonProperty("exchange_index") Integer exchangeIndex) {

    public GetOrderGroupResponse {
        orders = Immutable.list(orders);
    }
}
