package dev.kalshisim.testkit;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.AmendOrder;
import dev.kalshisim.core.strategy.BookReply;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.CancelAllOrders;
import dev.kalshisim.core.strategy.CancelOrder;
import dev.kalshisim.core.strategy.DecreaseOrder;
import dev.kalshisim.core.strategy.FillEvent;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.Rejection;
import dev.kalshisim.core.strategy.RequestBook;
import dev.kalshisim.core.strategy.StrategyCommand;
import dev.kalshisim.core.strategy.StrategyEvent;
import dev.kalshisim.core.strategy.SubmitBatch;
import dev.kalshisim.core.strategy.SubmitOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How {@link StrategyTestKit} answers a strategy's commands: at the level of strategy events, below
 * any runtime. Remembers every order sent, answers commands when told to, and turns scripted fills
 * into fill and order events. No matching: fills happen only when a test says.
 *
 * <p>Not a venue: it speaks the strategy API, not the venue ports, so the kit can deliver any event
 * and answer a command before the context call returns. A test of a runtime uses {@link TestVenue}.
 */
final class CommandAnswers {

    private final Map<String, VenueOrder> byClientId = new LinkedHashMap<>();
    private final Map<String, Count> positions = new HashMap<>();
    private final Map<String, BookView> books = new HashMap<>();
    private long orderNumber;

    /** Remembers the orders a command sends; when {@code acknowledge}, answers it like a venue. */
    List<StrategyEvent> receive(StrategyCommand command, boolean acknowledge, long nowNanos) {
        List<StrategyEvent> answers = new ArrayList<>();
        if (command instanceof SubmitOrder submit) {
            admit(submit.request(), acknowledge, nowNanos, answers);
        } else if (command instanceof SubmitBatch batch) {
            batch.requests().forEach(request -> admit(request, acknowledge, nowNanos, answers));
        } else if (acknowledge && command instanceof CancelOrder cancel) {
            cancel(cancel.id(), nowNanos, answers);
        } else if (acknowledge && command instanceof CancelAllOrders cancelAll) {
            cancelAll.ids().forEach(id -> cancel(id, nowNanos, answers));
        } else if (acknowledge && command instanceof AmendOrder amend) {
            amend(amend, nowNanos, answers);
        } else if (acknowledge && command instanceof DecreaseOrder decrease) {
            decrease(decrease, nowNanos, answers);
        } else if (acknowledge && command instanceof RequestBook read) {
            answers.add(new BookReply(nowNanos, read.ticker(),
                    books.getOrDefault(read.ticker(), BookView.empty(read.ticker())), null));
        }
        return answers;
    }

    /** The book the venue answers reads of its market with from now on. */
    void book(BookView book) {
        books.put(book.ticker(), book);
    }

    /** The venue accepts an order: it rests with an order id. */
    OrderUpdate accept(String id, long nowNanos) {
        VenueOrder order = require(id);
        if (order.orderId == null) {
            order.orderId = "order-" + (++orderNumber);
        }
        order.state = order.filled.isZero() ? OrderState.RESTING : OrderState.PARTIALLY_FILLED;
        return order.update(nowNanos, null);
    }

    /** The venue refuses an order before giving it an id; {@code rejection} is the typed refusal, or null. */
    OrderUpdate reject(String id, String reason, Rejection rejection, long nowNanos) {
        VenueOrder order = require(id);
        order.state = OrderState.REJECTED;
        order.remaining = Count.ZERO;
        return new OrderUpdate(nowNanos, order.orderId, order.clientOrderId, order.ticker, order.side,
                order.yesPrice, order.state, order.filled, order.remaining, reason, rejection);
    }

    /** The venue cancels an order on its own (expiry, pause, self-trade prevention). */
    OrderUpdate cancelByVenue(String id, String reason, long nowNanos) {
        VenueOrder order = require(id);
        order.state = OrderState.CANCELED;
        order.remaining = Count.ZERO;
        return order.update(nowNanos, reason);
    }

    /** {@code count} of an accepted order trades: a fill, then the order's new state. */
    List<StrategyEvent> fill(String id, Count count, Money fee, boolean taker, long nowNanos) {
        VenueOrder order = require(id);
        if (order.orderId == null || order.state.isTerminal() || count.compareTo(order.remaining) > 0
                || !count.isPositive()) {
            throw new IllegalStateException("cannot fill " + count + " of " + id + ": it is " + order.state
                    + " with " + order.remaining + " remaining" + (order.orderId == null ? ", not accepted" : ""));
        }
        Count signed = order.side == BookSide.BID ? count : count.negate();
        Count post = positions.getOrDefault(order.ticker, Count.ZERO).plus(signed);
        positions.put(order.ticker, post);
        order.filled = order.filled.plus(count);
        order.remaining = order.remaining.minus(count);
        order.state = order.remaining.isZero() ? OrderState.FILLED : OrderState.PARTIALLY_FILLED;
        FillEvent fillEvent = new FillEvent(nowNanos, "trade-" + order.orderId + "-" + order.filled.hundredths(),
                order.orderId, order.clientOrderId, order.ticker, order.side, order.yesPrice, count, fee, taker, post);
        return List.of(fillEvent, order.update(nowNanos, null));
    }

    /** Sets the venue's position, as if held before the run. */
    void setPosition(String ticker, Count position) {
        positions.put(ticker, position);
    }

    private void admit(OrderRequest request, boolean acknowledge, long nowNanos, List<StrategyEvent> answers) {
        byClientId.put(request.clientOrderId(), new VenueOrder(request));
        if (acknowledge) {
            answers.add(accept(request.clientOrderId(), nowNanos));
        }
    }

    private void cancel(String id, long nowNanos, List<StrategyEvent> answers) {
        VenueOrder order = find(id);
        if (order != null && !order.state.isTerminal()) {
            answers.add(cancelByVenue(order.clientOrderId, null, nowNanos));
        }
    }

    private void amend(AmendOrder amend, long nowNanos, List<StrategyEvent> answers) {
        VenueOrder order = find(amend.id());
        if (order == null || order.state.isTerminal()) {
            return;
        }
        Count remaining = amend.totalCount().minus(order.filled);
        if (!remaining.isPositive()) {
            answers.add(order.update(nowNanos, "amended total is not above the filled count"));
            return;
        }
        order.yesPrice = amend.yesPrice();
        order.remaining = remaining;
        answers.add(order.update(nowNanos, null));
    }

    private void decrease(DecreaseOrder decrease, long nowNanos, List<StrategyEvent> answers) {
        VenueOrder order = find(decrease.id());
        if (order == null || order.state.isTerminal()) {
            return;
        }
        Count target = decrease.reduceTo() != null
                ? Count.min(decrease.reduceTo(), order.remaining)
                : Count.max(Count.ZERO, order.remaining.minus(decrease.reduceBy()));
        order.remaining = target;
        if (target.isZero()) {
            order.state = OrderState.CANCELED;
        }
        answers.add(order.update(nowNanos, null));
    }

    private VenueOrder require(String id) {
        VenueOrder order = find(id);
        if (order == null) {
            throw new IllegalArgumentException(
                    "the strategy never sent an order " + id + "; sent: " + byClientId.keySet());
        }
        return order;
    }

    private VenueOrder find(String id) {
        VenueOrder order = byClientId.get(id);
        if (order != null) {
            return order;
        }
        for (VenueOrder candidate : byClientId.values()) {
            if (id.equals(candidate.orderId)) {
                return candidate;
            }
        }
        return null;
    }

    /** An order as the venue holds it; mutable, confined to the test thread. */
    private static final class VenueOrder {
        final String clientOrderId;
        final String ticker;
        final BookSide side;
        String orderId;
        Price yesPrice;
        Count filled = Count.ZERO;
        Count remaining;
        OrderState state = OrderState.ACCEPTED;

        VenueOrder(OrderRequest request) {
            this.clientOrderId = request.clientOrderId();
            this.ticker = request.ticker();
            this.side = request.side();
            this.yesPrice = request.yesPrice();
            this.remaining = request.count();
        }

        OrderUpdate update(long nowNanos, String reason) {
            return new OrderUpdate(nowNanos, orderId, clientOrderId, ticker, side, yesPrice, state, filled, remaining,
                    reason);
        }
    }
}
