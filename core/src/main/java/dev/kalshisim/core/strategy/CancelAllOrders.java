package dev.kalshisim.core.strategy;

import java.util.List;

/**
 * Cancel every open order of the strategy, in one market or in all.
 *
 * <p>The ids are the strategy's open orders when it asked, so a runner can use a batch cancel;
 * it must not use Kalshi's account-wide cancel-all, which would also cancel orders that are not
 * the strategy's.
 *
 * @param tsNanos epoch nanos of the request
 * @param ticker  the market, or null for all markets
 * @param ids     the orders to cancel (client order ids where there are any); may be empty
 */
public record CancelAllOrders(long tsNanos, String ticker, List<String> ids) implements StrategyCommand {

    public CancelAllOrders {
        ids = List.copyOf(ids);
    }
}
