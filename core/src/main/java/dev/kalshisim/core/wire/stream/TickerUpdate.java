package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;

/**
 * Payload of {@code ticker}: a market's last price, top of book, volume and open interest.
 *
 * @param priceDollars last trade price
 * @param yesBidDollars best YES bid
 * @param yesAskDollars best YES ask
 * @param volumeFp contracts traded so far
 * @param openInterestFp contracts open
 * @param dollarVolume whole dollars traded so far
 * @param dollarOpenInterest whole dollars positioned
 * @param yesBidSizeFp contracts at the best YES bid
 * @param yesAskSizeFp contracts at the best YES ask
 * @param lastTradeSizeFp contracts in the last trade
 * @param ts deprecated, Unix seconds
 * @param tsMs time of the update, Unix milliseconds
 * @param time deprecated RFC3339 time, kept as sent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"market_ticker", "market_id", "price_dollars", "yes_bid_dollars", "yes_ask_dollars",
        "volume_fp", "open_interest_fp", "dollar_volume", "dollar_open_interest", "yes_bid_size_fp",
        "yes_ask_size_fp", "last_trade_size_fp", "ts", "ts_ms", "time"})
public record TickerUpdate(
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("market_id") String marketId,
        @JsonProperty("price_dollars") Price priceDollars,
        @JsonProperty("yes_bid_dollars") Price yesBidDollars,
        @JsonProperty("yes_ask_dollars") Price yesAskDollars,
        @JsonProperty("volume_fp") Count volumeFp,
        @JsonProperty("open_interest_fp") Count openInterestFp,
        @JsonProperty("dollar_volume") Long dollarVolume,
        @JsonProperty("dollar_open_interest") Long dollarOpenInterest,
        @JsonProperty("yes_bid_size_fp") Count yesBidSizeFp,
        @JsonProperty("yes_ask_size_fp") Count yesAskSizeFp,
        @JsonProperty("last_trade_size_fp") Count lastTradeSizeFp,
        @JsonProperty("ts") Long ts,
        @JsonProperty("ts_ms") Long tsMs,
        @JsonProperty("time") String time) implements ChannelPayload {
}
