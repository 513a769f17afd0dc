package dev.kalshisim.core.strategy;

import dev.kalshisim.core.model.Count;

/**
 * Shrink an order's remaining count, keeping its place in the queue (kalshi-api.md section 8).
 * Exactly one of {@code reduceBy} and {@code reduceTo} is set, as Kalshi's body requires.
 *
 * @param tsNanos  epoch nanos of the request
 * @param id       the client order id, or the venue's order id for an order without one
 * @param ticker   the order's market
 * @param reduceBy the count to take off the remaining, positive, or null
 * @param reduceTo the remaining count wanted, not negative, or null
 */
public record DecreaseOrder(long tsNanos, String id, String ticker, Count reduceBy, Count reduceTo)
        implements StrategyCommand {

    public DecreaseOrder {
        if (id == null || ticker == null) {
            throw new IllegalArgumentException("a decrease needs an order id and a ticker");
        }
        if ((reduceBy == null) == (reduceTo == null)) {
            throw new IllegalArgumentException("a decrease needs exactly one of reduce-by and reduce-to");
        }
        if (reduceBy != null && !reduceBy.isPositive()) {
            throw new IllegalArgumentException("reduce-by must be positive: " + reduceBy);
        }
        if (reduceTo != null && reduceTo.isNegative()) {
            throw new IllegalArgumentException("reduce-to must not be negative: " + reduceTo);
        }
    }
}
