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
 */
public record EngineConfig(int maxOpenOrdersPerMember, boolean postOnlyCrossRejects, FeeSchedule feeSchedule,
        long idSeed) {

    public EngineConfig {
        Objects.requireNonNull(feeSchedule, "feeSchedule");
        if (maxOpenOrdersPerMember <= 0) {
            throw new IllegalArgumentException("maxOpenOrdersPerMember must be positive: " + maxOpenOrdersPerMember);
        }
    }

    public static EngineConfig defaults() {
        return new EngineConfig(200_000, true, QuadraticFeeSchedule.kalshi(), 0L);
    }

    public EngineConfig withMaxOpenOrdersPerMember(int value) {
        return new EngineConfig(value, postOnlyCrossRejects, feeSchedule, idSeed);
    }

    public EngineConfig withPostOnlyCrossRejects(boolean value) {
        return new EngineConfig(maxOpenOrdersPerMember, value, feeSchedule, idSeed);
    }

    public EngineConfig withFeeSchedule(FeeSchedule value) {
        return new EngineConfig(maxOpenOrdersPerMember, postOnlyCrossRejects, value, idSeed);
    }

    public EngineConfig withIdSeed(long value) {
        return new EngineConfig(maxOpenOrdersPerMember, postOnlyCrossRejects, feeSchedule, value);
    }
}
