package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One public trade on a market (Kalshi's {@code Trade} schema, kalshi-api.md section 6).
 *
 * @param takerSide deprecated; the taker's legacy side
 * @param takerOutcomeSide the outcome the taker gained exposure to
 * @param takerBookSide the taker's side of the YES book
 * @param isBlockTrade matched off-book (RFQ or block proposal)
 */
public record Trade(
        @JsonProperty("trade_id") String tradeId,
        @JsonProperty("ticker") String ticker,
        @JsonProperty("count_fp") Count countFp,
        @JsonProperty("yes_price_dollars") Price yesPriceDollars,
        @JsonProperty("no_price_dollars") Price noPriceDollars,
        @JsonProperty("taker_side") OutcomeSide takerSide,
        @JsonProperty("taker_outcome_side") OutcomeSide takerOutcomeSide,
        @JsonProperty("taker_book_side") BookSide takerBookSide,
        @JsonProperty("created_time") Instant createdTime,
        @JsonProperty("is_block_trade") boolean isBlockTrade) {
}
