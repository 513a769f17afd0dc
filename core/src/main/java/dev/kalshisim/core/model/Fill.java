package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One execution of one of the member's orders (Kalshi's {@code Fill} schema, kalshi-api.md section 7).
 *
 * @param tradeId legacy name, equal to {@code fill_id}
 * @param marketTicker legacy name, equal to {@code ticker}
 * @param side deprecated legacy side
 * @param action deprecated legacy action
 * @param isTaker whether this fill removed liquidity
 * @param feeCost fee charged on this fill, dollars
 * @param subaccountNumber 0 = primary, 1-63 = numbered subaccounts
 * @param ts execution time, Unix seconds (legacy)
 */
public record Fill(
        @JsonProperty("fill_id") String fillId,
        @JsonProperty("trade_id") String tradeId,
        @JsonProperty("order_id") String orderId,
        @JsonProperty("ticker") String ticker,
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("side") OutcomeSide side,
        @JsonProperty("action") Action action,
        @JsonProperty("outcome_side") OutcomeSide outcomeSide,
        @JsonProperty("book_side") BookSide bookSide,
        @JsonProperty("count_fp") Count countFp,
        @JsonProperty("yes_price_dollars") Price yesPriceDollars,
        @JsonProperty("no_price_dollars") Price noPriceDollars,
        @JsonProperty("is_taker") boolean isTaker,
        @JsonProperty("created_time") Instant createdTime,
        @JsonProperty("fee_cost") Money feeCost,
        @JsonProperty("subaccount_number") Integer subaccountNumber,
        @JsonProperty("ts") Long ts,
        @JsonProperty("exchange_index") Integer exchangeIndex) {
}
