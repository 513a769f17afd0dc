package dev.kalshisim.strategies;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.ParameterDoc;
import dev.kalshisim.core.strategy.StrategyParameters;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The settings of a {@link MidQuoter}, read from its parameters.
 *
 * @param tickers         the markets to quote, at least one
 * @param spread          the distance between bid and ask before rounding outward to whole cents
 * @param size            contracts per quote, positive
 * @param refreshNanos    how often every market's quotes are checked and stale or missing ones replaced
 * @param maxPosition     the largest position either way, in contracts, positive
 * @param skewPerContract how far both quotes move against the position per contract held
 */
public record MidQuoterConfig(List<String> tickers, Price spread, Count size, long refreshNanos, Count maxPosition,
        Price skewPerContract) {

    /** The parameters {@code mid-quoter} accepts. */
    public static final List<ParameterDoc> PARAMETERS = List.of(
            new ParameterDoc("ticker", null, "the market to quote (or use tickers)"),
            new ParameterDoc("tickers", null, "the markets to quote, comma-separated"),
            new ParameterDoc("spread", "0.04", "distance between bid and ask in dollars, widened to whole cents"),
            new ParameterDoc("size", "1", "contracts per quote"),
            new ParameterDoc("refresh", "2s", "how often stale or missing quotes are replaced"),
            new ParameterDoc("max_position", "10", "largest position either way in contracts; beyond it, reduce-only"),
            new ParameterDoc("skew", "0.01", "dollars both quotes move against the position per contract held"));

    public MidQuoterConfig {
        tickers = List.copyOf(tickers);
        if (tickers.isEmpty()) {
            throw new IllegalArgumentException("mid-quoter needs a market: --param ticker=X or tickers=A,B");
        }
        if (!spread.isTradable()) {
            throw new IllegalArgumentException("spread must be more than 0 and less than 1 dollar: " + spread);
        }
        if (!size.isPositive() || !maxPosition.isPositive()) {
            throw new IllegalArgumentException(
                    "size and max_position must be positive: size " + size + ", max_position " + maxPosition);
        }
        if (refreshNanos <= 0) {
            throw new IllegalArgumentException("refresh must be positive: " + refreshNanos + " ns");
        }
    }

    /** Reads the settings, using the documented defaults for what is not given. */
    public static MidQuoterConfig from(StrategyParameters parameters) {
        Set<String> tickers = new LinkedHashSet<>();
        if (parameters.has("ticker")) {
            tickers.add(parameters.requireString("ticker").trim());
        }
        tickers.addAll(parameters.list("tickers"));
        return new MidQuoterConfig(
                List.copyOf(tickers),
                parameters.price("spread", Price.ofCents(4)),
                parameters.count("size", Count.ofContracts(1)),
                parameters.durationNanos("refresh", 2_000_000_000L),
                parameters.count("max_position", Count.ofContracts(10)),
                parameters.price("skew", Price.ofCents(1)));
    }
}
