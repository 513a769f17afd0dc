package dev.kalshisim.core.strategy;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;

/**
 * A strategy's order that is not finished yet, as the strategy's own bookkeeping last saw it.
 *
 * <p>It includes orders the venue has not answered ({@link OrderState#SUBMITTED}) and orders
 * whose cancel is in flight ({@code cancelRequested}), since either can still fill: a strategy
 * that limits its exposure must count them.
 *
 * @param orderId         the venue's id, or null until the venue has answered
 * @param clientOrderId   the strategy's id, or null for an order the strategy did not place
 * @param ticker          the market
 * @param side            bid (buys YES) or ask (sells YES)
 * @param yesPrice        the limit price on the YES leg
 * @param filled          the count filled so far, not negative
 * @param remaining       the count still working, not negative
 * @param state           never terminal: finished orders leave the bookkeeping
 * @param cancelRequested whether the strategy has asked to cancel it
 */
public record OpenOrder(
        String orderId,
        String clientOrderId,
        String ticker,
        BookSide side,
        Price yesPrice,
        Count filled,
        Count remaining,
        OrderState state,
        boolean cancelRequested) {

    public OpenOrder {
        if (orderId == null && clientOrderId == null) {
            throw new IllegalArgumentException("an open order needs an order id or a client order id");
        }
        if (ticker == null || side == null || yesPrice == null || filled == null || remaining == null
                || state == null) {
            throw new IllegalArgumentException("an open order needs a ticker, side, price, counts and state");
        }
        if (filled.isNegative() || remaining.isNegative()) {
            throw new IllegalArgumentException("an open order's counts must not be negative: filled "
                    + filled + ", remaining " + remaining);
        }
        if (state.isTerminal()) {
            throw new IllegalArgumentException("an open order cannot be " + state);
        }
    }

    /** The id to cancel, amend or decrease it by: the client order id when there is one. */
    public String id() {
        return clientOrderId != null ? clientOrderId : orderId;
    }

    /** Whether it is working and not being cancelled. */
    public boolean isWorking() {
        return !cancelRequested;
    }

    /** Whether {@code id} is either of its ids. */
    public boolean hasId(String id) {
        return id.equals(clientOrderId) || id.equals(orderId);
    }

    /** This order with its cancel requested. */
    OpenOrder withCancelRequested() {
        return new OpenOrder(orderId, clientOrderId, ticker, side, yesPrice, filled, remaining, state, true);
    }
}
