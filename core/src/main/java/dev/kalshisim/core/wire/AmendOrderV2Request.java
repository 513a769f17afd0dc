package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;

/**
 * The body of {@code POST /portfolio/events/orders/{order_id}/amend} (Kalshi's {@code AmendOrderV2Request}).
 *
 * @param price new YES price, 2-4 decimals
 * @param count new total: already filled plus the desired remaining
 * @param clientOrderId the order's current client id, if any
 * @param updatedClientOrderId the client id after the amend
 * @param expirationTime new expiry, Unix seconds; in Kalshi's OpenAPI 3.31 only (not in SDK 3.30.0)
 */
public record AmendOrderV2Request(
        @JsonProperty("ticker") String ticker,
        @JsonProperty("side") BookSide side,
        @JsonProperty("price") @JsonDeserialize(using = RequestPriceDeserializer.class) Price price,
        @JsonProperty("count") @JsonDeserialize(using = RequestCountDeserializer.class) Count count,
        @JsonProperty("client_order_id") String clientOrderId,
        @JsonProperty("updated_client_order_id") String updatedClientOrderId,
        @JsonProperty("expiration_time") Long expirationTime,
        @JsonProperty("exchange_index") Integer exchangeIndex) {
}
