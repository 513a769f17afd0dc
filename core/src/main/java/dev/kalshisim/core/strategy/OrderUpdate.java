package dev.kalshisim.core.strategy;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;

/**
 * One of the strategy's orders changed state: the venue's answer to a submit, amend, decrease or
 * cancel, or a change the venue made itself (fill, expiry, self-trade prevention, pause).
 *
 * <p>Carries the order's whole state after the change, so the latest update replaces what came
 * before. A runner also sends one, with the order's state unchanged and a reason, when an amend
 * or decrease of the order is refused.
 *
 * @param tsNanos       epoch nanos of the change
 * @param orderId       the venue's id, or null when the venue rejected the order before giving one
 * @param clientOrderId the strategy's id, or null for an order the strategy did not place
 * @param ticker        the market
 * @param side          bid or ask
 * @param yesPrice      the limit price on the YES leg (after an amend, the new price)
 * @param state         the state after the change; never {@link OrderState#SUBMITTED}
 * @param filled        the count filled so far
 * @param remaining     the count still working (0 once terminal)
 * @param reason        why it was rejected, cancelled or refused, or null: one line for a log
 * @param rejection     the venue's typed refusal (code, HTTP status, retry-after) when the venue
 *                      refused the order or a command about it; null when it did not, or when the
 *                      refusal was local (see {@link #reason()})
 */
public record OrderUpdate(
        long tsNanos,
        String orderId,
        String clientOrderId,
        String ticker,
        BookSide side,
        Price yesPrice,
        OrderState state,
        Count filled,
        Count remaining,
        String reason,
        Rejection rejection) implements StrategyEvent {

    public OrderUpdate {
        if (orderId == null && clientOrderId == null) {
            throw new IllegalArgumentException("an order update needs an order id or a client order id");
        }
        if (ticker == null || side == null || yesPrice == null || state == null || filled == null
                || remaining == null) {
            throw new IllegalArgumentException("an order update needs a ticker, side, price, state and counts");
        }
        if (state == OrderState.SUBMITTED) {
            throw new IllegalArgumentException("SUBMITTED is local to the strategy; a venue never reports it");
        }
        if (filled.isNegative() || remaining.isNegative()) {
            throw new IllegalArgumentException(
                    "an order update's counts must not be negative: filled " + filled + ", remaining " + remaining);
        }
    }

    /** An update without a typed rejection: the venue did not refuse anything, or the refusal was local. */
    public OrderUpdate(long tsNanos, String orderId, String clientOrderId, String ticker, BookSide side,
            Price yesPrice, OrderState state, Count filled, Count remaining, String reason) {
        this(tsNanos, orderId, clientOrderId, ticker, side, yesPrice, state, filled, remaining, reason, null);
    }

    /** The id the strategy knows the order by: the client order id when there is one. */
    public String id() {
        return clientOrderId != null ? clientOrderId : orderId;
    }

    @Override
    public void deliverTo(Strategy strategy) {
        strategy.onOrderUpdate(this);
    }
}
