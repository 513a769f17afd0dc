package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * An order as {@code GET /portfolio/orders} reports it (Kalshi's {@code Order} schema,
 * kalshi-api.md section 8).
 *
 * <p>Direction is {@code outcome_side}/{@code book_side}; the deprecated {@code side} and
 * {@code action} are still emitted (see {@link Direction#legacySide()}).
 *
 * @param side deprecated legacy side
 * @param action deprecated legacy action
 * @param type always limit for V2 orders
 * @param yesPriceDollars the order's YES price
 * @param noPriceDollars 1 - YES price
 * @param fillCountFp contracts filled so far
 * @param remainingCountFp contracts still resting
 * @param initialCountFp contracts ordered (the latest total after amends)
 * @param takerFillCostDollars dollars paid for fills taken as taker
 * @param makerFillCostDollars dollars paid for fills made as maker
 * @param takerFeesDollars fees on taker fills, dollars
 * @param makerFeesDollars fees on maker fills, dollars
 * @param expirationTime good-till-time expiry, if any
 * @param lastUpdateTime last modify, cancel or fill
 * @param subaccountNumber 0 = primary, 1-63 = numbered subaccounts
 */
public record Order(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("user_id") String userId,
        @JsonProperty("client_order_id") String clientOrderId,
        @JsonProperty("ticker") String ticker,
        @JsonProperty("side") OutcomeSide side,
        @JsonProperty("action") Action action,
        @JsonProperty("outcome_side") OutcomeSide outcomeSide,
        @JsonProperty("book_side") BookSide bookSide,
        @JsonProperty("type") OrderType type,
        @JsonProperty("status") OrderStatus status,
        @JsonProperty("yes_price_dollars") Price yesPriceDollars,
        @JsonProperty("no_price_dollars") Price noPriceDollars,
        @JsonProperty("fill_count_fp") Count fillCountFp,
        @JsonProperty("remaining_count_fp") Count remainingCountFp,
        @JsonProperty("initial_count_fp") Count initialCountFp,
        @JsonProperty("taker_fill_cost_dollars") Money takerFillCostDollars,
        @JsonProperty("maker_fill_cost_dollars") Money makerFillCostDollars,
        @JsonProperty("taker_fees_dollars") Money takerFeesDollars,
        @JsonProperty("maker_fees_dollars") Money makerFeesDollars,
        @JsonProperty("expiration_time") Instant expirationTime,
        @JsonProperty("created_time") Instant createdTime,
        @JsonProperty("last_update_time") Instant lastUpdateTime,
        @JsonProperty("self_trade_prevention_type") SelfTradePrevention selfTradePreventionType,
        @JsonProperty("order_group_id") String orderGroupId,
        @JsonProperty("cancel_order_on_pause") Boolean cancelOrderOnPause,
        @JsonProperty("subaccount_number") Integer subaccountNumber,
        @JsonProperty("exchange_index") Integer exchangeIndex) {
}
