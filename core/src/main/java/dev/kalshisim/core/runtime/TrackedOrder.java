package dev.kalshisim.core.runtime;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.Rejection;
import dev.kalshisim.core.strategy.StrategyCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the {@link OrderLedger}: what the runner knows about one order: the ids, the state last told to the strategy, the
 * fills the strategy has seen, and the commands waiting for the venue's order id. Mutable,
 * confined to the strategy thread.
 */
final class TrackedOrder {

    final String clientOrderId;
    final String ticker;
    final BookSide side;
    String orderId;
    Price yesPrice;
    Count filled;
    Count remaining;
    OrderState state;
    /** Contracts of this order the strategy has been told about through fill events. */
    Count fillsSeen;
    /** The venue's last update time of the newest {@code user_order} applied, epoch millis, or 0. */
    long venueUpdatedMillis;
    boolean cancelInFlight;
    int cancelAttempts;
    /** An update held back until its fills arrive, or null. */
    Proposal held;
    long heldSinceNanos;
    /** Commands that name this order but were sent before the venue gave it an id. */
    final List<StrategyCommand> parked = new ArrayList<>();

    TrackedOrder(String clientOrderId, String orderId, String ticker, BookSide side, Price yesPrice, Count filled,
            Count remaining, OrderState state) {
        this.clientOrderId = clientOrderId;
        this.orderId = orderId;
        this.ticker = ticker;
        this.side = side;
        this.yesPrice = yesPrice;
        this.filled = filled;
        this.remaining = remaining;
        this.state = state;
        this.fillsSeen = filled;
    }

    /** The id the strategy knows it by: the client order id when there is one. */
    String key() {
        return clientOrderId != null ? clientOrderId : orderId;
    }

    boolean isTerminal() {
        return state.isTerminal();
    }

    /** Whether {@code proposal} says nothing new: same state, price and counts, and no reason. */
    boolean matches(Proposal proposal) {
        return proposal.reason() == null && proposal.rejection() == null && proposal.state() == state && proposal.yesPrice().equals(yesPrice)
                && proposal.filled().equals(filled) && proposal.remaining().equals(remaining);
    }

    /** Takes {@code proposal} as the order's state and returns the update telling the strategy. */
    OrderUpdate apply(Proposal proposal, long tsNanos) {
        state = proposal.state();
        yesPrice = proposal.yesPrice();
        filled = proposal.filled();
        remaining = state.isTerminal() ? Count.ZERO : proposal.remaining();
        // A held terminal update is still news after a non-terminal one with the same fills.
        if (held != null && held.filled().compareTo(filled) <= 0 && (state.isTerminal() || !held.state().isTerminal())) {
            held = null;
        }
        return update(tsNanos, proposal.reason(), proposal.rejection());
    }

    /** The order's current state as an update, with {@code reason} and the venue's {@code rejection} (or null). */
    OrderUpdate update(long tsNanos, String reason, Rejection rejection) {
        return new OrderUpdate(tsNanos, orderId, clientOrderId, ticker, side, yesPrice, state, filled, remaining,
                reason, rejection);
    }

    /** The order unchanged, as a proposal carrying {@code reason} and the venue's {@code rejection} (or null). */
    Proposal unchanged(String reason, Rejection rejection) {
        // SUBMITTED is local only: a refused command on an order the venue has not answered leaves it ACCEPTED.
        OrderState reported = state == OrderState.SUBMITTED ? OrderState.ACCEPTED : state;
        return new Proposal(reported, yesPrice, filled, remaining, reason, rejection);
    }

    /**
     * A state the venue reported or implied for an order.
     *
     * @param state     never SUBMITTED
     * @param yesPrice  the limit price
     * @param filled    the count filled in total
     * @param remaining the count still working
     * @param reason    why, for rejections, cancels and refusals, or null
     * @param rejection the venue's typed refusal behind {@code reason}, or null
     */
    record Proposal(OrderState state, Price yesPrice, Count filled, Count remaining, String reason,
            Rejection rejection) {

        /** A proposal the venue did not refuse. */
        Proposal(OrderState state, Price yesPrice, Count filled, Count remaining, String reason) {
            this(state, yesPrice, filled, remaining, reason, null);
        }

        /**
         * The state the venue's status and counts describe for {@code entry}; a field the venue
         * left out keeps what is known.
         */
        static Proposal fromStatus(OrderStatus status, TrackedOrder entry, Count filledOrNull, Count remainingOrNull,
                Price priceOrNull) {
            Count filled = filledOrNull != null ? filledOrNull : entry.filled;
            Count remaining = remainingOrNull != null ? remainingOrNull : entry.remaining;
            Price price = priceOrNull != null ? priceOrNull : entry.yesPrice;
            if (status == OrderStatus.CANCELED) {
                return new Proposal(OrderState.CANCELED, price, filled, Count.ZERO, null);
            }
            if (status == OrderStatus.EXECUTED) {
                return new Proposal(OrderState.FILLED, price, filled, Count.ZERO, null);
            }
            return new Proposal(filled.isPositive() ? OrderState.PARTIALLY_FILLED : OrderState.RESTING, price, filled,
                    remaining, null);
        }

        /** A resting order with {@code filled} done: partially filled when anything is. */
        static Proposal working(Price yesPrice, Count filled, Count remaining) {
            if (remaining.isZero()) {
                return new Proposal(filled.isPositive() ? OrderState.FILLED : OrderState.CANCELED, yesPrice, filled,
                        remaining, null);
            }
            return new Proposal(filled.isPositive() ? OrderState.PARTIALLY_FILLED : OrderState.RESTING, yesPrice,
                    filled, remaining, null);
        }
    }
}
