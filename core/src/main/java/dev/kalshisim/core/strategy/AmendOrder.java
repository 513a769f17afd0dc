package dev.kalshisim.core.strategy;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;

/**
 * Change an order's price and size in place (kalshi-api.md section 8, amend).
 *
 * <p>As on Kalshi, {@code totalCount} is the new total, filled plus the desired remaining, so a
 * fill racing the amend cannot make the order larger than intended. A new price or a larger size
 * loses the order's place in the queue.
 *
 * @param tsNanos    epoch nanos of the request
 * @param id         the client order id, or the venue's order id for an order without one
 * @param ticker     the order's market
 * @param side       the order's side (Kalshi's amend restates it)
 * @param yesPrice   the new limit price on the YES leg
 * @param totalCount the new total count, positive
 */
public record AmendOrder(long tsNanos, String id, String ticker, BookSide side, Price yesPrice, Count totalCount)
        implements StrategyCommand {

    public AmendOrder {
        if (id == null || ticker == null || side == null || yesPrice == null || totalCount == null) {
            throw new IllegalArgumentException("an amend needs an order id, ticker, side, price and count");
        }
        if (!yesPrice.isTradable()) {
            throw new IllegalArgumentException("an amended price must be strictly between $0 and $1: " + yesPrice);
        }
        if (!totalCount.isPositive()) {
            throw new IllegalArgumentException("an amended total count must be positive: " + totalCount);
        }
    }
}
