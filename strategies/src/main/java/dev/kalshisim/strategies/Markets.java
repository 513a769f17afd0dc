package dev.kalshisim.strategies;

import dev.kalshisim.core.strategy.StrategyContext;
import java.util.List;

/** Which markets {@link Poller} and {@link Streamer} quote: the ones named, else all the run offers. */
final class Markets {

    private Markets() {
    }

    static List<String> chosen(BookWatchConfig config, StrategyContext context, String strategy) {
        if (!config.markets().isEmpty()) {
            return config.markets();
        }
        if (context.markets().isEmpty()) {
            throw new IllegalArgumentException(strategy + " needs markets: --param markets=A,B (this venue does not list them)");
        }
        return List.copyOf(context.markets());
    }
}
