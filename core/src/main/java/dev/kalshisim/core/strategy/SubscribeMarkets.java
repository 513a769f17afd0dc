package dev.kalshisim.core.strategy;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Start sending the strategy book, trade and lifecycle events for these markets.
 *
 * @param tsNanos epoch nanos of the request
 * @param tickers the markets newly wanted, not empty, in the order asked
 */
public record SubscribeMarkets(long tsNanos, Set<String> tickers) implements StrategyCommand {

    public SubscribeMarkets {
        // Ordered, so a runner subscribes (and a test reads) in the order the strategy asked.
        tickers = Collections.unmodifiableSet(new LinkedHashSet<>(tickers));
        for (String ticker : tickers) {
            if (ticker == null || ticker.isBlank()) {
                throw new IllegalArgumentException("a subscription's tickers must not be blank");
            }
        }
        if (tickers.isEmpty()) {
            throw new IllegalArgumentException("a subscription needs at least one ticker");
        }
    }
}
