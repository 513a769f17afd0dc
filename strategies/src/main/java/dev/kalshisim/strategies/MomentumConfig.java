package dev.kalshisim.strategies;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.ParameterDoc;
import dev.kalshisim.core.strategy.StrategyParameters;
import java.util.List;
import java.util.Locale;

/**
 * The settings of a {@link Momentum} taker, read from its parameters and checked.
 *
 * @param markets            what it trades
 * @param mode               follow the signal (momentum) or fade it (reversion)
 * @param windowNanos        how far back trades count toward the flow
 * @param minVolume          the least traded in the window for the flow to count
 * @param threshold          the signal's size, from 0 to 1, at which it enters (as $0.0001 units: 5000 is 0.5)
 * @param size               contracts per entry
 * @param maxPosition        the largest position either way, in contracts
 * @param stopLoss           dollars per contract below the average entry at which it exits
 * @param takeProfit         dollars per contract above the average entry at which it exits
 * @param cooldownNanos      the least time between one entry or exit and the next entry
 * @param maxWritesPerSecond order creates per second
 */
public record MomentumConfig(MarketChoice markets, Mode mode, long windowNanos, Count minVolume, Price threshold,
        Count size, Count maxPosition, Price stopLoss, Price takeProfit, long cooldownNanos, long maxWritesPerSecond) {

    private static final long SECOND = 1_000_000_000L;

    /** A create costs 10 write tokens and the basic tier refills 100 a second; no cancels are needed (IOC). */
    static final long BASIC_TIER_WRITES_PER_SECOND = 10;

    /** Which way it trades the signal. */
    public enum Mode {
        /** Buys when takers buy and the bid is heavier: the move continues. */
        MOMENTUM,
        /** Sells into the same signal: the move overshoots and comes back. */
        REVERSION;

        static Mode parse(String text) {
            for (Mode mode : values()) {
                if (mode.name().toLowerCase(Locale.ROOT).equals(text.trim())) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("parameter mode must be momentum or reversion, got \"" + text + "\"");
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The parameters {@code momentum} accepts. */
    public static final List<ParameterDoc> PARAMETERS = List.of(
            new ParameterDoc(MarketChoice.PARAMETER, null, MarketChoice.DESCRIPTION),
            new ParameterDoc("mode", "momentum", "momentum (trade with the signal) or reversion (against it)"),
            new ParameterDoc("window", "60s", "how far back trades count toward the signed flow"),
            new ParameterDoc("min-volume", "10", "contracts that must have traded in the window for a signal"),
            new ParameterDoc("threshold", "0.5",
                    "signal from 0 to 1 to enter: the mean of the flow (bought - sold) / traded and the top-of-book"
                            + " imbalance (bid size - ask size) / (bid size + ask size)"),
            new ParameterDoc("size", "5", "contracts per entry"),
            new ParameterDoc("max-position", "20", "largest position either way, in contracts"),
            new ParameterDoc("stop-loss", "0.05", "dollars per contract against the average entry at which it exits"),
            new ParameterDoc("take-profit", "0.05", "dollars per contract in favour of the average entry at which it exits"),
            new ParameterDoc("cooldown", "30s", "least time after an entry or exit before the next entry"),
            new ParameterDoc("max-writes-per-second", String.valueOf(BASIC_TIER_WRITES_PER_SECOND),
                    "order creates per second; 10 fits Kalshi's basic tier"));

    public MomentumConfig {
        if (windowNanos <= 0) {
            throw new IllegalArgumentException("window must be positive");
        }
        if (threshold.units() <= 0 || threshold.units() > Price.SCALE) {
            throw new IllegalArgumentException("threshold must be more than 0 and at most 1, got " + threshold);
        }
        if (size.hundredths() < Count.SCALE || size.hundredths() % Count.SCALE != 0) {
            throw new IllegalArgumentException("size must be a whole number of contracts, at least 1, got " + size);
        }
        if (maxPosition.compareTo(size) < 0) {
            throw new IllegalArgumentException("max-position " + maxPosition + " is less than size " + size);
        }
        if (stopLoss.units() <= 0 || takeProfit.units() <= 0) {
            throw new IllegalArgumentException("stop-loss and take-profit must be more than $0");
        }
        if (maxWritesPerSecond < 1) {
            throw new IllegalArgumentException("max-writes-per-second must be at least 1, got " + maxWritesPerSecond);
        }
    }

    /** Reads the settings, with the documented defaults for what is not given. */
    public static MomentumConfig from(StrategyParameters parameters) {
        return new MomentumConfig(
                MarketChoice.from(parameters),
                Mode.parse(parameters.string("mode", "momentum")),
                parameters.durationNanos("window", 60 * SECOND),
                parameters.count("min-volume", Count.ofContracts(10)),
                parameters.price("threshold", Price.ofUnits(5_000)),
                parameters.count("size", Count.ofContracts(5)),
                parameters.count("max-position", Count.ofContracts(20)),
                parameters.price("stop-loss", Price.ofCents(5)),
                parameters.price("take-profit", Price.ofCents(5)),
                parameters.durationNanos("cooldown", 30 * SECOND),
                parameters.longValue("max-writes-per-second", BASIC_TIER_WRITES_PER_SECOND));
    }
}
