package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;

/**
 * The body of {@code POST /portfolio/events/orders} (Kalshi's {@code CreateOrderV2Request}); also
 * one item of a V2 batch create.
 *
 * <p>Required: ticker, side, count, price, time_in_force, self_trade_prevention_type (checked by the
 * server, not here, so that a missing field is reported like any other invalid parameter).
 *
 * @param side bid buys YES at {@code price}; ask sells YES at {@code price} (buys NO at 1 - price)
 * @param count contracts, 0-2 decimals, non-negative
 * @param price YES price, 2-4 decimals
 * @param expirationTime good-till-time expiry, Unix seconds (GTC only)
 * @param subaccount 0 = primary, 1-63 = numbered subaccounts
 * @param exchangeIndex shard; -1 or omitted auto-routes by ticker
 */
public record CreateOrderV2Request(
        @JsonProperty("ticker") String ticker,
        @JsonProperty("client_order_id") String clientOrderId,
        @JsonProperty("side") BookSide side,
        @JsonProperty("count") @JsonDeserialize(using = RequestCountDeserializer.class) Count count,
        @JsonProperty("price") @JsonDeserialize(using = RequestPriceDeserializer.class) Price price,
        @JsonProperty("expiration_time") Long expirationTime,
        @JsonProperty("time_in_force") TimeInForce timeInForce,
        @JsonProperty("post_only") Boolean postOnly,
        @JsonProperty("self_trade_prevention_type") SelfTradePrevention selfTradePreventionType,
        @JsonProperty("cancel_order_on_pause") Boolean cancelOrderOnPause,
        @JsonProperty("reduce_only") Boolean reduceOnly,
        @JsonProperty("subaccount") Integer subaccount,
        @JsonProperty("order_group_id") String orderGroupId,
        @JsonProperty("exchange_index") Integer exchangeIndex) {

    /** A good-till-canceled order with taker-at-cross self-trade prevention and no options. */
    public static CreateOrderV2Request gtc(String ticker, BookSide side, Count count, Price price) {
        return new CreateOrderV2Request(ticker, null, side, count, price, null, TimeInForce.GOOD_TILL_CANCELED,
                null, SelfTradePrevention.TAKER_AT_CROSS, null, null, null, null, null);
    }
}
