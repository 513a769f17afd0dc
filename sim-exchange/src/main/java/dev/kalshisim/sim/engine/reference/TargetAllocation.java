package dev.kalshisim.sim.engine.reference;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The share of sweepable balance a member wants on one exchange index, as Kalshi's {@code TargetBalanceAllocation}. */
public record TargetAllocation(
        @JsonProperty("exchange_index") int exchangeIndex,
        @JsonProperty("percent") int percent) {
}
