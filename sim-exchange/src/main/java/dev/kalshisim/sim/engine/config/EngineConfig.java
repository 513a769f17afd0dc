package dev.kalshisim.sim.engine.config;

import dev.kalshisim.sim.engine.fee.FeeSchedule;
import dev.kalshisim.sim.engine.fee.QuadraticFeeSchedule;
import dev.kalshisim.sim.engine.fee.RebateTiming;
import java.util.Objects;

/**
 * The engine's tunable assumptions.
 *
 * @param maxOpenOrdersPerMember resting orders a member may have across all markets (Kalshi: 200,000)
 * @param postOnlyCrossRejects true: a crossing post-only order is refused with {@code POST_ONLY_CROSS};
 *     false: it is accepted and immediately canceled
 * @param feeSchedule the fee formula
 * @param idSeed mixed into every generated id, so two engines with different seeds never share ids
 * @param limits the largest counts and amounts commands may carry
 * @param rebateTiming whether a rounding rebate may take one fill's net fee below zero
 */
public record EngineConfig(int maxOpenOrdersPerMember, boolean postOnlyCrossRejects, FeeSchedule feeSchedule,
        long idSeed, EngineLimits limits, RebateTiming rebateTiming) {

    /** Open orders beyond this would let one member's collateral sums leave a long (see {@link EngineLimits}). */
    private static final int MAX_OPEN_ORDERS_BOUND = 1_000_000;

    public EngineConfig {
        Objects.requireNonNull(feeSchedule, "feeSchedule");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(rebateTiming, "rebateTiming");
        if (maxOpenOrdersPerMember <= 0 || maxOpenOrdersPerMember > MAX_OPEN_ORDERS_BOUND) {
            throw new IllegalArgumentException("maxOpenOrdersPerMember must be 1 to " + MAX_OPEN_ORDERS_BOUND + ": "
                    + maxOpenOrdersPerMember);
        }
    }

    public static EngineConfig defaults() {
        return new EngineConfig(200_000, true, QuadraticFeeSchedule.kalshi(), 0L, EngineLimits.defaults(),
                RebateTiming.AS_ACCRUED);
    }

    public EngineConfig withMaxOpenOrdersPerMember(int value) {
        return new EngineConfig(value, postOnlyCrossRejects, feeSchedule, idSeed, limits, rebateTiming);
    }

    public EngineConfig withPostOnlyCrossRejects(boolean value) {
        return new EngineConfig(maxOpenOrdersPerMember, value, feeSchedule, idSeed, limits, rebateTiming);
    }

    public EngineConfig withFeeSchedule(FeeSchedule value) {
        return new EngineConfig(maxOpenOrdersPerMember, postOnlyCrossRejects, value, idSeed, limits, rebateTiming);
    }

    public EngineConfig withIdSeed(long value) {
        return new EngineConfig(maxOpenOrdersPerMember, postOnlyCrossRejects, feeSchedule, value, limits, rebateTiming);
    }

    public EngineConfig withLimits(EngineLimits value) {
        return new EngineConfig(maxOpenOrdersPerMember, postOnlyCrossRejects, feeSchedule, idSeed, value, rebateTiming);
    }

    public EngineConfig withRebateTiming(RebateTiming value) {
        return new EngineConfig(maxOpenOrdersPerMember, postOnlyCrossRejects, feeSchedule, idSeed, limits, value);
    }
}
