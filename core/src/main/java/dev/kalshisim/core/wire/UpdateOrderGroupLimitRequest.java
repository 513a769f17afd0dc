package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.kalshisim.core.model.Count;

/** The body of {@code PUT /portfolio/order_groups/{id}/limit}: the new limit, whole or fixed-point. */
public record UpdateOrderGroupLimitRequest(
        @JsonProperty("contracts_limit") Long contractsLimit,
        @JsonProperty("contracts_limit_fp") @JsonDeserialize(using = RequestCountDeserializer.class) Count contractsLimitFp) {
}
