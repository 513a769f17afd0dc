package dev.kalshisim.sim.engine;

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
 */
public record EngineConfig(int maxOpenOrdersPerMember, boolean postOnlyCrossRejects, FeeSchedule feeSchedule,
        long idSeed, EngineLimits limits) {

    /** Open orders beyond this would let one member's collateral sums leave a long (see {@link EngineLimits}). */
    private static final int MAX_OPEN_ORDERS_BOUND = 1_000_000;

    public EngineConfig {
        Objects.requireNonNull(feeSchedule, "feeSchedule");
        Objects.requireNonNull(limits, "limits");
        if (maxOpenOrdersPerMember <= 0 || maxOpenOrdersPerMember > MAX_OPEN_ORDERS_BOUND) {
            throw new IllegalArgumentException("maxOpenOrdersPerMember must be 1 to " + MAX_OPEN_ORDERS_BOUND + ": "
                    + maxOpenOrdersPerMember);
        }
    }

    public static EngineConfig defaults() {
        return new EngineConfig(200_000, true, QuadraticFeeSchedule.kalshi(), 0L, EngineLimits.defaults());
    }

    public EngineConfig withMaxOpenOrdersPerMember(int value) {
        return new EngineConfig(value, postOnlyCrossRejects, feeSchedule, idSeed, limits);
    }

    public EngineConfig withPostOnlyCrossRejects(boolean value) {
        return new EngineConfig(maxOpenOrdersPerMember, value, feeSchedule, idSeed, limits);
    }

    public EngineConfig withFeeSchedule(FeeSchedule value) {
        return new EngineConfig(maxOpenOrdersPerMember, postOnlyCrossRejects, value, idSeed, limits);
    }

    public EngineConfig withIdSeed(long value) {
        return new EngineConfig(maxOpenOrdersPerMember, postOnlyCrossRejects, feeSchedule, value, limits);
    }

    public EngineConfig withLimits(EngineLimits value) {
        return new EngineConfig(maxOpenOrdersPerMember, postOnlyCrossRejects, feeSchedule, idSeed, value);
    }
}
