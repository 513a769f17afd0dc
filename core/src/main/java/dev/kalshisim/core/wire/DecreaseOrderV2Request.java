package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.kalshisim.core.model.Count;

/**
 * The body of {@code POST /portfolio/events/orders/{order_id}/decrease}: exactly one of
 * {@code reduce_by} or {@code reduce_to} (checked by the server).
 *
 * @param reduceBy contracts to take off the remaining size
 * @param reduceTo remaining size to leave
 * @param marketTicker used to auto-route when exchange_index is omitted or -1
 */
public record DecreaseOrderV2Request(
        @JsonProperty("reduce_by") @JsonDeserialize(using = RequestCountDeserializer.class) Count reduceBy,
        @JsonProperty("reduce_to") @JsonDeserialize(using = RequestCountDeserializer.class) Count reduceTo,
        @JsonProperty("exchange_index") Integer exchangeIndex,
        @JsonProperty("market_ticker") String marketTicker) {
}
