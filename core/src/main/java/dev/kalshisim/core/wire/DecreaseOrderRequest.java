package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.kalshisim.core.model.Count;

/**
 * The legacy body of {@code POST /portfolio/orders/{order_id}/decrease}: exactly one of reduce-by
 * ({@code reduce_by} whole contracts and/or {@code reduce_by_fp}) or reduce-to (same pair); the response is a {@link DecreaseOrderResponse}.
 */
public record DecreaseOrderRequest(
        @JsonProperty("subaccount") Integer subaccount,
        @JsonProperty("reduce_by") Long reduceBy,
        @JsonProperty("reduce_by_fp") @JsonDeserialize(using = RequestCountDeserializer.class) Count reduceByFp,
        @JsonProperty("reduce_to") Long reduceTo,
        @JsonProperty("reduce_to_fp") @JsonDeserialize(using = RequestCountDeserializer.class) Count reduceToFp,
        @JsonProperty("exchange_index") Integer exchangeIndex) {
}
