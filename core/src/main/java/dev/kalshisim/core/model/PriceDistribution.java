package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Traded YES prices over one candlestick period, dollars; each is null when nothing traded.
 *
 * @param meanDollars typed {@link Money} because an average needs up to six decimals
 * @param previousDollars last traded price before the period
 * @param minDollars minimum close price during the period
 * @param maxDollars maximum close price during the period
 */
public record PriceDistribution(
        @JsonProperty("open_dollars") Price openDollars,
        @JsonProperty("low_dollars") Price lowDollars,
        @JsonProperty("high_dollars") Price highDollars,
        @JsonProperty("close_dollars") Price closeDollars,
        @JsonProperty("mean_dollars") Money meanDollars,
        @JsonProperty("previous_dollars") Price previousDollars,
        @JsonProperty("min_dollars") Price minDollars,
        @JsonProperty("max_dollars") Price maxDollars) {
}
