package dev.kalshisim.strategies;

import dev.kalshisim.core.strategy.BookUpdate;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyContext;
import dev.kalshisim.core.strategy.StrategyDescriptor;
import java.util.Set;

/**
 * {@code streamer}: the same decisions as {@link Poller} (the {@link BookQuoter} rule) from the
 * books the WebSocket pushes, using REST only to trade. Reading the stream costs no tokens, so
 * its whole budget is left for orders and cancels.
 */
public final class Streamer implements Strategy {

    /** The name to run it by. */
    public static final String NAME = "streamer";

    private final BookWatchConfig config;
    private final BookQuoter quoter;
    private Set<String> markets;
    private StrategyContext context;

    /** A streamer with these settings. */
    public Streamer(BookWatchConfig config) {
        this.config = config;
        this.quoter = new BookQuoter(config);
    }

    /** How the catalog knows it. */
    public static StrategyDescriptor descriptor() {
        return new StrategyDescriptor(NAME,
                "keeps every market's book from the WebSocket and quotes around the mid (the rate-limit lesson)",
                BookWatchConfig.PARAMETERS, parameters -> new Streamer(BookWatchConfig.from(parameters)));
    }

    @Override
    public void onStart(StrategyContext context) {
        this.context = context;
        quoter.start(context.clock().nowNanos());
        this.markets = config.markets().resolveOrSayWhy(context);
        if (markets.isEmpty()) {
            return;
        }
        context.subscribe(markets);
        context.log("streaming " + markets.size() + " markets");
    }

    @Override
    public void onBook(BookUpdate update) {
        if (markets.contains(update.ticker())) {
            quoter.onBook(context, update.book());
        }
    }

    @Override
    public void onStop() {
        context.log(quoter.deferred() + " replacements waited for the write budget");
        context.cancelAll(null);
    }
}
