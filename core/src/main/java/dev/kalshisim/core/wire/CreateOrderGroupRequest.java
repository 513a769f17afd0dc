package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.kalshisim.core.model.Count;

/**
 * The body of {@code POST /portfolio/order_groups/create}: {@code contracts_limit} (whole) or
 * {@code contracts_limit_fp}, equal if both.
 */
public record CreateOrderGroupRequest(
        @JsonProperty("subaccount") Integer subaccount,
        @JsonProperty("contracts_limit") Long contractsLimit,
        @JsonProperty("contracts_limit_fp") @JsonDeserialize(using = RequestCountDeserializer.class) Count contractsLimitFp,
        @JsonProperty("exchange_index") Integer exchangeIndex) {
}
