package dev.kalshisim.strategies;

import dev.kalshisim.core.strategy.ParameterDoc;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyContext;
import dev.kalshisim.core.strategy.StrategyDescriptor;
import java.util.List;
import java.util.Set;

/**
 * {@code noop}: subscribes to its markets and does nothing else, so a backtest of it measures the
 * replay, the venue and the runtime alone: the benchmark's baseline.
 *
 * <p>Every event callback is the interface's empty default, so it allocates nothing per event.
 */
public final class NoopStrategy implements Strategy {

    /** The name to run it by. */
    public static final String NAME = "noop";

    /** The parameters {@code noop} accepts. */
    public static final List<ParameterDoc> PARAMETERS = List.of(
            new ParameterDoc(MarketChoice.PARAMETER, null, MarketChoice.DESCRIPTION));

    private final MarketChoice markets;

    private NoopStrategy(MarketChoice markets) {
        this.markets = markets;
    }

    /** How the catalog knows it. */
    public static StrategyDescriptor descriptor() {
        return new StrategyDescriptor(NAME, "subscribes to its markets and does nothing: the benchmark's baseline",
                PARAMETERS, parameters -> new NoopStrategy(MarketChoice.from(parameters)));
    }

    @Override
    public void onStart(StrategyContext context) {
        Set<String> tickers = markets.resolveOrSayWhy(context);
        if (tickers.isEmpty()) {
            return;
        }
        context.subscribe(tickers);
        context.log("subscribed to " + tickers.size() + " markets; doing nothing");
    }
}
