package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;

/**
 * Payload of {@code trade}: one public trade.
 *
 * @param yesPriceDollars the trade's YES price
 * @param noPriceDollars 1 - the YES price
 * @param countFp contracts traded
 * @param takerSide deprecated legacy taker side
 * @param takerOutcomeSide the outcome the taker gained exposure to
 * @param takerBookSide the taker's side of the YES book (bid = yes, ask = no)
 * @param isBlockTrade matched off book
 * @param ts deprecated, Unix seconds
 * @param tsMs time of the trade, Unix milliseconds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"trade_id", "market_ticker", "yes_price_dollars", "no_price_dollars", "count_fp", "taker_side",
        "taker_outcome_side", "taker_book_side", "is_block_trade", "ts", "ts_ms"})
public record TradeUpdate(
        @JsonProperty("trade_id") String tradeId,
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("yes_price_dollars") Price yesPriceDollars,
        @JsonProperty("no_price_dollars") Price noPriceDollars,
        @JsonProperty("count_fp") Count countFp,
        @JsonProperty("taker_side") OutcomeSide takerSide,
        @JsonProperty("taker_outcome_side") OutcomeSide takerOutcomeSide,
        @JsonProperty("taker_book_side") BookSide takerBookSide,
        @JsonProperty("is_block_trade") Boolean isBlockTrade,
        @JsonProperty("ts") Long ts,
        @JsonProperty("ts_ms") Long tsMs) implements ChannelPayload {
}
