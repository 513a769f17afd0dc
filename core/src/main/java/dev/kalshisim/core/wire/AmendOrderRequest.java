package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.kalshisim.core.model.Action;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;

/**
 * The legacy body of {@code POST /portfolio/orders/{order_id}/amend} (Kalshi's {@code AmendOrderRequest}):
 * exactly one of the four price fields, and {@code count} or {@code count_fp} (equal if both).
 *
 * @param yesPrice new YES price in cents, 1-99
 * @param noPrice new NO price in cents, 1-99
 * @param yesPriceDollars new YES price, 2-4 decimals
 * @param noPriceDollars new NO price, 2-4 decimals
 * @param count new total in whole contracts
 * @param countFp new total in contracts, 0-2 decimals
 */
public record AmendOrderRequest(
        @JsonProperty("ticker") String ticker,
        @JsonProperty("side") OutcomeSide side,
        @JsonProperty("action") Action action,
        @JsonProperty("client_order_id") String clientOrderId,
        @JsonProperty("updated_client_order_id") String updatedClientOrderId,
        @JsonProperty("yes_price") Long yesPrice,
        @JsonProperty("no_price") Long noPrice,
        @JsonProperty("yes_price_dollars") @JsonDeserialize(using = RequestPriceDeserializer.class) Price yesPriceDollars,
        @JsonProperty("no_price_dollars") @JsonDeserialize(using = RequestPriceDeserializer.class) Price noPriceDollars,
        @JsonProperty("count") Long count,
        @JsonProperty("count_fp") @JsonDeserialize(using = RequestCountDeserializer.class) Count countFp,
        @JsonProperty("subaccount") Integer subaccount,
        @JsonProperty("exchange_index") Integer exchangeIndex) {
}
