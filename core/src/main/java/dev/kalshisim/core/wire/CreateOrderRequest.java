package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.kalshisim.core.model.Action;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;

/**
 * The legacy body of {@code POST /portfolio/orders} (Kalshi's {@code CreateOrderRequest}), deprecated
 * by Kalshi in June 2026; also one item of a legacy batch create.
 *
 * <p>Quantity: {@code count} (whole contracts) or {@code count_fp}, equal if both. Price: exactly one
 * of {@code yes_price}/{@code no_price} (cents) or {@code *_price_dollars}. Both rules are the server's
 * to check; {@link dev.kalshisim.core.model.Direction#fromLegacy} converts the direction.
 *
 * @param count whole contracts
 * @param countFp contracts, 0-2 decimals
 * @param yesPrice YES price in cents, 1-99
 * @param noPrice NO price in cents, 1-99
 * @param yesPriceDollars YES price, 2-4 decimals
 * @param noPriceDollars NO price, 2-4 decimals
 * @param expirationTs good-till-time expiry, Unix seconds
 * @param buyMaxCost most to spend in cents; implies fill-or-kill
 * @param sellPositionFloor deprecated; only 0 is accepted
 */
public record CreateOrderRequest(
        @JsonProperty("ticker") String ticker,
        @JsonProperty("client_order_id") String clientOrderId,
        @JsonProperty("side") OutcomeSide side,
        @JsonProperty("action") Action action,
        @JsonProperty("count") Long count,
        @JsonProperty("count_fp") @JsonDeserialize(using = RequestCountDeserializer.class) Count countFp,
        @JsonProperty("yes_price") Long yesPrice,
        @JsonProperty("no_price") Long noPrice,
        @JsonProperty("yes_price_dollars") @JsonDeserialize(using = RequestPriceDeserializer.class) Price yesPriceDollars,
        @JsonProperty("no_price_dollars") @JsonDeserialize(using = RequestPriceDeserializer.class) Price noPriceDollars,
        @JsonProperty("expiration_ts") Long expirationTs,
        @JsonProperty("time_in_force") TimeInForce timeInForce,
        @JsonProperty("buy_max_cost") Long buyMaxCost,
        @JsonProperty("post_only") Boolean postOnly,
        @JsonProperty("reduce_only") Boolean reduceOnly,
        @JsonProperty("sell_position_floor") Long sellPositionFloor,
        @JsonProperty("self_trade_prevention_type") SelfTradePrevention selfTradePreventionType,
        @JsonProperty("order_group_id") String orderGroupId,
        @JsonProperty("cancel_order_on_pause") Boolean cancelOrderOnPause,
        @JsonProperty("subaccount") Integer subaccount,
        @JsonProperty("exchange_index") Integer exchangeIndex) {
}
