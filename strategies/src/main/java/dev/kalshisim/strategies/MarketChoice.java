package dev.kalshisim.strategies;

import dev.kalshisim.core.strategy.StrategyContext;
import dev.kalshisim.core.strategy.StrategyParameters;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The markets a bundled strategy trades: those named by its {@code markets} parameter, or, when it
 * names none, every market the run offers ({@link StrategyContext#markets()}: a backtest's recorded
 * markets; live runs offer none, so there the parameter is needed).
 */
final class MarketChoice {

    /** The parameter's name. */
    static final String PARAMETER = "markets";
    /** How the parameter is documented. */
    static final String DESCRIPTION = "the markets to trade, comma-separated tickers;"
            + " by default every market the run offers (a backtest: all recorded markets)";

    private final List<String> named;

    private MarketChoice(List<String> named) {
        this.named = named;
    }

    /** The choice the parameters make; empty when the run's own markets are meant. */
    static MarketChoice from(StrategyParameters parameters) {
        return new MarketChoice(List.copyOf(new LinkedHashSet<>(parameters.list(PARAMETER))));
    }

    /** The named markets, empty when none were named. */
    List<String> named() {
        return named;
    }

    /** The markets to trade in this run, in a stable order; empty when neither names any. */
    Set<String> resolve(StrategyContext context) {
        return named.isEmpty() ? context.markets() : new LinkedHashSet<>(named);
    }

    /**
     * The markets to trade in this run; when there are none, an empty set after telling the run why
     * in its log, so a strategy started without markets trades nothing instead of failing.
     */
    Set<String> resolveOrSayWhy(StrategyContext context) {
        Set<String> markets = resolve(context);
        if (markets.isEmpty()) {
            context.log("no markets: the run offers none, so name them with --param " + PARAMETER + "=A,B");
        }
        return markets;
    }

    @Override
    public String toString() {
        return named.isEmpty() ? "every market the run offers" : String.join(",", named);
    }
}
