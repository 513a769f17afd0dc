package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kalshisim.core.model.Action;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;

/**
 * Payload of {@code fill}: one execution of the connected member's order.
 *
 * @param exchangeIndex the shard the fill happened on
 * @param isTaker whether the member's order took liquidity
 * @param side deprecated legacy side
 * @param yesPriceDollars the fill's YES price
 * @param countFp contracts filled
 * @param feeCost fee charged on this fill, dollars
 * @param action deprecated legacy action
 * @param outcomeSide the outcome this fill positioned the member for
 * @param bookSide the same direction in book terms (bid = yes, ask = no)
 * @param ts deprecated, Unix seconds
 * @param tsMs time of the fill, Unix milliseconds
 * @param clientOrderId the order's client order id, when it had one
 * @param postPositionFp the member's signed position after the fill
 * @param purchasedSide deprecated legacy purchased side
 * @param subaccount the subaccount, when not the primary
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"trade_id", "order_id", "market_ticker", "exchange_index", "is_taker", "side",
        "yes_price_dollars", "count_fp", "fee_cost", "action", "outcome_side", "book_side", "ts", "ts_ms",
        "client_order_id", "post_position_fp", "purchased_side", "subaccount"})
public record FillUpdate(
        @JsonProperty("trade_id") String tradeId,
        @JsonProperty("order_id") String orderId,
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("exchange_index") Integer exchangeIndex,
        @JsonProperty("is_taker") Boolean isTaker,
        @JsonProperty("side") OutcomeSide side,
        @JsonProperty("yes_price_dollars") Price yesPriceDollars,
        @JsonProperty("count_fp") Count countFp,
        @JsonProperty("fee_cost") Money feeCost,
        @JsonProperty("action") Action action,
        @JsonProperty("outcome_side") OutcomeSide outcomeSide,
        @JsonProperty("book_side") BookSide bookSide,
        @JsonProperty("ts") Long ts,
        @JsonProperty("ts_ms") Long tsMs,
        @JsonProperty("client_order_id") String clientOrderId,
        @JsonProperty("post_position_fp") Count postPositionFp,
        @JsonProperty("purchased_side") OutcomeSide purchasedSide,
        @JsonProperty("subaccount") Integer subaccount) implements ChannelPayload {
}
