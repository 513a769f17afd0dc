package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The 201 body of an order-group create. */
public record CreateOrderGroupResponse(
        @JsonProperty("order_group_id") String orderGroupId,
        @JsonProperty("subaccount") int subaccount,
        @JsonProperty("exchange_index") Integer exchangeIndex) {
}
