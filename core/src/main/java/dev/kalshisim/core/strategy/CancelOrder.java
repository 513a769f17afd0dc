package dev.kalshisim.core.strategy;

/**
 * Cancel one order.
 *
 * @param tsNanos epoch nanos of the request
 * @param id      the client order id, or the venue's order id for an order without one
 * @param ticker  the order's market
 */
public record CancelOrder(long tsNanos, String id, String ticker) implements StrategyCommand {

    public CancelOrder {
        if (id == null || ticker == null) {
            throw new IllegalArgumentException("a cancel needs an order id and a ticker");
        }
    }
}
