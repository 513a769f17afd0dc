package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;

/**
 * Payload of {@code user_order}: the connected member's order after it was created, filled,
 * cancelled or otherwise changed. The deprecated RFC3339 times are kept as sent.
 *
 * @param ticker the market
 * @param side deprecated legacy side
 * @param isYes deprecated legacy flag
 * @param outcomeSide the outcome the order positions for
 * @param bookSide the same direction in book terms
 * @param yesPriceDollars the order's YES price
 * @param takerFillCostDollars dollars paid for taker fills
 * @param makerFillCostDollars dollars paid for maker fills
 * @param takerFeesDollars fees on taker fills
 * @param makerFeesDollars fees on maker fills
 * @param createdTsMs creation time, Unix milliseconds
 * @param lastUpdatedTsMs last change, Unix milliseconds, when sent
 * @param expirationTsMs expiry, Unix milliseconds, when the order has one
 * @param subaccountNumber 0 = primary, 1-63 = numbered subaccounts
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"order_id", "user_id", "ticker", "status", "side", "is_yes", "outcome_side", "book_side",
        "yes_price_dollars", "fill_count_fp", "remaining_count_fp", "initial_count_fp", "taker_fill_cost_dollars",
        "maker_fill_cost_dollars", "taker_fees_dollars", "maker_fees_dollars", "client_order_id", "order_group_id",
        "self_trade_prevention_type", "created_time", "created_ts_ms", "last_update_time", "last_updated_ts_ms",
        "expiration_time", "expiration_ts_ms", "subaccount_number"})
public record UserOrderUpdate(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("user_id") String userId,
        @JsonProperty("ticker") String ticker,
        @JsonProperty("status") OrderStatus status,
        @JsonProperty("side") OutcomeSide side,
        @JsonProperty("is_yes") Boolean isYes,
        @JsonProperty("outcome_side") OutcomeSide outcomeSide,
        @JsonProperty("book_side") BookSide bookSide,
        @JsonProperty("yes_price_dollars") Price yesPriceDollars,
        @JsonProperty("fill_count_fp") Count fillCountFp,
        @JsonProperty("remaining_count_fp") Count remainingCountFp,
        @JsonProperty("initial_count_fp") Count initialCountFp,
        @JsonProperty("taker_fill_cost_dollars") Money takerFillCostDollars,
        @JsonProperty("maker_fill_cost_dollars") Money makerFillCostDollars,
        @JsonProperty("taker_fees_dollars") Money takerFeesDollars,
        @JsonProperty("maker_fees_dollars") Money makerFeesDollars,
        @JsonProperty("client_order_id") String clientOrderId,
        @JsonProperty("order_group_id") String orderGroupId,
        @JsonProperty("self_trade_prevention_type") SelfTradePrevention selfTradePreventionType,
        @JsonProperty("created_time") String createdTime,
        @JsonProperty("created_ts_ms") Long createdTsMs,
        @JsonProperty("last_update_time") String lastUpdateTime,
        @JsonProperty("last_updated_ts_ms") Long lastUpdatedTsMs,
        @JsonProperty("expiration_time") String expirationTime,
        @JsonProperty("expiration_ts_ms") Long expirationTsMs,
        @JsonProperty("subaccount_number") Integer subaccountNumber) implements ChannelPayload {
}
