package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One candlestick period of a market (Kalshi's {@code MarketCandlestick} schema).
 *
 * @param endPeriodTs inclusive end of the period, Unix seconds
 * @param yesBid best YES bid over the period
 * @param yesAsk best YES ask over the period
 * @param price traded YES prices over the period
 * @param volumeFp contracts traded in the period
 * @param openInterestFp open interest at the end of the period
 */
public record Candlestick(
        @JsonProperty("end_period_ts") long endPeriodTs,
        @JsonProperty("yes_bid") BidAskDistribution yesBid,
        @JsonProperty("yes_ask") BidAskDistribution yesAsk,
        @JsonProperty("price") PriceDistribution price,
        @JsonProperty("volume_fp") Count volumeFp,
        @JsonProperty("open_interest_fp") Count openInterestFp) {
}
