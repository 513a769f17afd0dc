package dev.kalshisim.sim.demo;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import java.time.Duration;
import java.util.Objects;

/**
 * How the synthetic background flow behaves. Chances are in basis points (1/10,000) so no draw
 * needs a floating-point number.
 *
 * @param seed seeds every random draw: the same seed on the same clock gives the same orders and trades
 * @param tickInterval the shortest wait between two ticks of one event (defaults to 200 ms)
 * @param tickJitter a random extra wait of zero to this much per tick (defaults to 300 ms, so 200-500 ms)
 * @param takerBasisPoints the chance per market per tick that a taker crosses the spread (IOC)
 * @param jumpBasisPoints the chance per event per tick of an announcement-style jump
 * @param makerLevels price levels each maker quotes per side
 * @param makerSize the smallest size a maker quotes at its best level; deeper levels quote more
 * @param takerMaxSize the largest size of an ordinary taker order
 * @param walkStep the largest random step of a fair value per tick, at $0.50 (smaller toward the edges)
 * @param jumpSize the largest announcement jump; the smallest is a third of it
 */
public record SyntheticFlowConfig(
        long seed,
        Duration tickInterval,
        Duration tickJitter,
        int takerBasisPoints,
        int jumpBasisPoints,
        int makerLevels,
        Count makerSize,
        Count takerMaxSize,
        Price walkStep,
        Price jumpSize) {

    public SyntheticFlowConfig {
        Objects.requireNonNull(tickInterval, "tickInterval");
        Objects.requireNonNull(tickJitter, "tickJitter");
        Objects.requireNonNull(makerSize, "makerSize");
        Objects.requireNonNull(takerMaxSize, "takerMaxSize");
        Objects.requireNonNull(walkStep, "walkStep");
        Objects.requireNonNull(jumpSize, "jumpSize");
        if (tickInterval.toMillis() < 1 || tickJitter.isNegative()) {
            throw new IllegalArgumentException("tickInterval must be at least 1 ms and tickJitter not negative: "
                    + tickInterval + ", " + tickJitter);
        }
        requireBasisPoints("takerBasisPoints", takerBasisPoints);
        requireBasisPoints("jumpBasisPoints", jumpBasisPoints);
        if (makerLevels < 1 || makerLevels > 20) {
            throw new IllegalArgumentException("makerLevels must be 1 to 20: " + makerLevels);
        }
        if (makerSize.hundredths() < Count.SCALE || takerMaxSize.hundredths() < Count.SCALE) {
            throw new IllegalArgumentException("makerSize and takerMaxSize must be at least one contract: "
                    + makerSize + ", " + takerMaxSize);
        }
        if (jumpSize.units() < 3) {
            throw new IllegalArgumentException("jumpSize must be at least $0.0003: " + jumpSize);
        }
    }

    /**
     * Lively defaults: ticks every 200-500 ms, a taker on 15% of market ticks, a jump on 0.3% of
     * event ticks (one somewhere in the demo catalog every 20 s or so), three levels of 10+ contracts
     * per maker side, fair values stepping up to $0.006 and jumping $0.05-$0.15.
     */
    public static SyntheticFlowConfig defaults(long seed) {
        return new SyntheticFlowConfig(seed, Duration.ofMillis(200), Duration.ofMillis(300), 1_500, 30, 3,
                Count.ofContracts(10), Count.ofContracts(20), Price.ofUnits(60), Price.ofCents(15));
    }

    public SyntheticFlowConfig withSeed(long value) {
        return new SyntheticFlowConfig(value, tickInterval, tickJitter, takerBasisPoints, jumpBasisPoints,
                makerLevels, makerSize, takerMaxSize, walkStep, jumpSize);
    }

    public SyntheticFlowConfig withTakerBasisPoints(int value) {
        return new SyntheticFlowConfig(seed, tickInterval, tickJitter, value, jumpBasisPoints, makerLevels,
                makerSize, takerMaxSize, walkStep, jumpSize);
    }

    public SyntheticFlowConfig withJumpBasisPoints(int value) {
        return new SyntheticFlowConfig(seed, tickInterval, tickJitter, takerBasisPoints, value, makerLevels,
                makerSize, takerMaxSize, walkStep, jumpSize);
    }

    /** The smallest announcement jump, a third of {@link #jumpSize}. */
    long jumpMinUnits() {
        return jumpSize.units() / 3;
    }

    private static void requireBasisPoints(String name, int value) {
        if (value < 0 || value > 10_000) {
            throw new IllegalArgumentException(name + " must be 0 to 10000 basis points: " + value);
        }
    }
}
