package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Open, low, high and close of a quoted YES price (bid or ask) over one candlestick period, dollars. */
public record BidAskDistribution(
        @JsonProperty("open_dollars") Price openDollars,
        @JsonProperty("low_dollars") Price lowDollars,
        @JsonProperty("high_dollars") Price highDollars,
        @JsonProperty("close_dollars") Price closeDollars) {
}
