package dev.kalshisim.sim.engine.reference;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Count;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A rewards program on one market, as Kalshi's {@code IncentiveProgram}; rewards are in
 * centi-cents (1/10,000 $), as the wire has them.
 */
public record IncentiveProgram(
        @JsonProperty("id") String id,
        @JsonProperty("market_id") String marketId,
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("incentive_type") String incentiveType,
        @JsonProperty("incentive_description") String incentiveDescription,
        @JsonProperty("start_date") Instant startDate,
        @JsonProperty("end_date") Instant endDate,
        @JsonProperty("period_reward") long periodReward,
        @JsonProperty("paid_out") boolean paidOut,
        @JsonProperty("discount_factor_bps") Integer discountFactorBps,
        @JsonProperty("target_size_fp") Count targetSizeFp,
        @JsonProperty("max_reward_per_account") Long maxRewardPerAccount) {

    /** Kalshi's incentive types. */
    public static final Set<String> TYPES = Set.of("liquidity", "volume", "margin_maker_volume");

    public IncentiveProgram {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(marketTicker, "market_ticker");
        Objects.requireNonNull(startDate, "start_date");
        Objects.requireNonNull(endDate, "end_date");
        incentiveDescription = incentiveDescription == null ? "" : incentiveDescription;
        if (!TYPES.contains(incentiveType)) {
            throw new IllegalArgumentException("incentive_type must be liquidity, volume or margin_maker_volume, got "
                    + incentiveType);
        }
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("end_date must not be before start_date");
        }
        if (periodReward < 0) {
            throw new IllegalArgumentException("period_reward must not be negative");
        }
    }

    /** Kalshi's status of the program at {@code now}: upcoming, active, closed, or paid_out. */
    public String statusAt(Instant now) {
        if (paidOut) {
            return "paid_out";
        }
        if (now.isBefore(startDate)) {
            return "upcoming";
        }
        return now.isBefore(endDate) ? "active" : "closed";
    }
}
