package dev.kalshisim.strategies;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.strategy.ParameterDoc;
import dev.kalshisim.core.strategy.StrategyParameters;
import java.util.List;

/**
 * The settings of an {@link EventArb}, read from its parameters and checked.
 *
 * @param markets            the markets to watch, grouped into events by ticker up to its last '-'
 * @param feeRate            the taker fee coefficient it prices its orders with
 * @param minEdge            the least profit after fees, per set of contracts, worth trading for
 * @param size               the most contracts per leg in one trade
 * @param maxPosition        the largest position either way in any one market, in contracts
 * @param maxWritesPerSecond order creates per second: a trade of N legs needs N
 */
public record EventArbConfig(MarketChoice markets, TakerFee feeRate, Money minEdge, Count size, Count maxPosition,
        long maxWritesPerSecond) {

    /**
     * Kalshi's basic tier refills 100 write tokens a second and a create costs 10 (as for {@link
     * MarketMakerConfig#BASIC_TIER_WRITES_PER_SECOND}); IOC orders need no cancels, so all ten fit.
     */
    static final long BASIC_TIER_WRITES_PER_SECOND = 10;

    /** The parameters {@code event-arb} accepts. */
    public static final List<ParameterDoc> PARAMETERS = List.of(
            new ParameterDoc(MarketChoice.PARAMETER, null, MarketChoice.DESCRIPTION
                    + "; grouped into events by ticker up to its last '-', each event taken as all its outcomes"),
            new ParameterDoc("fee-rate", "0.07", "taker fee coefficient: a fee is ceil to $0.01 of rate x C x P x (1-P)"),
            new ParameterDoc("min-edge", "0.01", "least profit after fees, in dollars per set of contracts, to trade"),
            new ParameterDoc("size", "10", "most contracts per leg in one trade"),
            new ParameterDoc("max-position", "100", "largest position either way in any one market, in contracts"),
            new ParameterDoc("max-writes-per-second", String.valueOf(BASIC_TIER_WRITES_PER_SECOND),
                    "order creates per second (a trade of N legs takes N); 10 fits Kalshi's basic tier"));

    public EventArbConfig {
        if (minEdge.isNegative()) {
            throw new IllegalArgumentException("min-edge must not be negative, got " + minEdge);
        }
        if (size.hundredths() < Count.SCALE) {
            throw new IllegalArgumentException("size must be at least one contract, got " + size);
        }
        if (maxPosition.compareTo(size) < 0) {
            throw new IllegalArgumentException("max-position " + maxPosition + " is less than size " + size);
        }
        if (maxWritesPerSecond < 1) {
            throw new IllegalArgumentException("max-writes-per-second must be at least 1, got " + maxWritesPerSecond);
        }
    }

    /** Reads the settings, with the documented defaults for what is not given. */
    public static EventArbConfig from(StrategyParameters parameters) {
        return new EventArbConfig(
                MarketChoice.from(parameters),
                TakerFee.parse(parameters.string("fee-rate", "0.07")),
                parameters.money("min-edge", Money.ofCents(1)),
                parameters.count("size", Count.ofContracts(10)),
                parameters.count("max-position", Count.ofContracts(100)),
                parameters.longValue("max-writes-per-second", BASIC_TIER_WRITES_PER_SECOND));
    }
}
