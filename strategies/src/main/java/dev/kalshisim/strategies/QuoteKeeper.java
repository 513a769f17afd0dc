package dev.kalshisim.strategies;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.OpenOrder;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.StrategyContext;

/**
 * Keeps one side of one market's quote at the wanted price without ever letting the position pass
 * the limit: cancels what is stale, keeps what still fits, places what is missing.
 *
 * <p>The limit counts everything that could still fill on that side, including orders not yet
 * acknowledged and orders whose cancel is in flight, so even if every one of them fills the
 * position stays within {@code maxPosition}. At or beyond the limit the reducing side's quote is
 * reduce-only, so it can bring the position back but never push it past the other way's limit.
 */
final class QuoteKeeper {

    private final Count size;
    private final Count maxPosition;

    QuoteKeeper(Count size, Count maxPosition) {
        this.size = size;
        this.maxPosition = maxPosition;
    }

    /**
     * Brings {@code side} of {@code ticker} to one post-only order at {@code wanted}, or to none
     * when {@code wanted} is null.
     */
    void reconcile(StrategyContext context, String ticker, BookSide side, Price wanted, Count position) {
        OpenOrder kept = null;
        for (OpenOrder order : context.openOrders(ticker)) {
            if (order.side() != side || !order.isWorking()) {
                continue;
            }
            if (kept == null && order.yesPrice().equals(wanted)) {
                kept = order;
            } else {
                context.cancel(order.id());
            }
        }
        Count room = room(context, ticker, side, position);
        if (kept != null) {
            if (room.isNegative()) {
                // The position moved since it was placed: left alone, it could now pass the limit.
                context.cancel(kept.id());
            }
            return;
        }
        Count quantity = Count.min(size, room);
        if (wanted == null || !quantity.isPositive()) {
            return;
        }
        OrderRequest request = side == BookSide.BID
                ? OrderRequest.bid(ticker, wanted, quantity)
                : OrderRequest.ask(ticker, wanted, quantity);
        context.submit(request.withPostOnly(true).withReduceOnly(reducesFromLimit(side, position)));
    }

    /**
     * How much more this side may add to the position before the limit, if every order on this
     * side that could still fill did: the limit, minus the position already held this way, minus
     * every such order's remaining count. Negative when the orders already exceed it.
     */
    private Count room(StrategyContext context, String ticker, BookSide side, Count position) {
        Count exposure = side == BookSide.BID ? position : position.negate();
        for (OpenOrder order : context.openOrders(ticker)) {
            if (order.side() == side) {
                exposure = exposure.plus(order.remaining());
            }
        }
        return maxPosition.minus(exposure);
    }

    /** Whether the position is at or past the limit on the side this order reduces. */
    private boolean reducesFromLimit(BookSide side, Count position) {
        Count heldAgainst = side == BookSide.ASK ? position : position.negate();
        return heldAgainst.compareTo(maxPosition) >= 0;
    }
}
