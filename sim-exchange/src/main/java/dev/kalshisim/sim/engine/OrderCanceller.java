package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.QueuePosition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Cancels orders one at a time, in bulk, or on a pause, and reports queue positions. */
final class OrderCanceller {

    private final EngineState state;
    private final RestingOrders resting;

    OrderCanceller(EngineState state, RestingOrders resting) {
        this.state = state;
        this.resting = resting;
    }

    CancelResult cancel(String memberId, String orderId) {
        OrderState order = state.orders.get(orderId);
        if (order == null || !order.memberId.equals(memberId)) {
            return CancelResult.rejected(orderId, RejectReason.ORDER_NOT_FOUND, "order " + orderId + " not found",
                    state.nowInstant());
        }
        RejectReason gate = state.cancelRejection(order.market);
        if (gate == null && !order.isResting()) {
            gate = RejectReason.ORDER_NOT_RESTING;
        }
        if (gate != null) {
            return CancelResult.rejected(orderId, gate, "cannot cancel order " + orderId + ": " + gate.describe(),
                    state.nowInstant());
        }
        long reduced = resting.cancel(order, CancelReason.MEMBER_CANCELED);
        return new CancelResult(null, null, order.id, order.clientOrderId, Count.ofHundredths(reduced),
                Views.order(order), state.nowInstant());
    }

    /** Cancels every resting order of the member, in one market when {@code ticker} is not null. */
    List<CancelResult> cancelAll(String memberId, String ticker) {
        Account account = state.accounts.get(memberId);
        List<CancelResult> results = new ArrayList<>();
        if (account == null) {
            return results;
        }
        // Only resting orders, in acceptance order, as a sweep of every order ever placed would visit them.
        for (OrderState order : List.copyOf(account.restingByAcceptance.values())) {
            if (order.isResting() && (ticker == null || ticker.equals(order.market.ticker))) {
                results.add(cancel(memberId, order.id));
            }
        }
        return results;
    }

    /** Cancels every resting order that asked to be canceled when a pause begins. */
    void cancelForPause() {
        for (Account account : state.accounts.values()) {
            for (OrderState order : List.copyOf(account.restingByAcceptance.values())) {
                if (order.isResting() && order.cancelOnPause) {
                    resting.cancel(order, CancelReason.EXCHANGE_PAUSE);
                }
            }
        }
    }

    /** Cancels every resting order in {@code market}, best levels first. */
    void cancelMarket(MarketState market, CancelReason reason) {
        for (OutcomeSide side : OutcomeSide.values()) {
            List<OrderState> victims = new ArrayList<>();
            for (PriceLevel level : market.book.ladder(side).bestFirst()) {
                victims.addAll(level.orders());
            }
            for (OrderState order : victims) {
                resting.cancel(order, reason);
            }
        }
    }

    Outcome<QueuePosition> queuePosition(String memberId, String orderId) {
        OrderState order = state.orders.get(orderId);
        if (order == null || !order.memberId.equals(memberId)) {
            return Outcome.rejected(RejectReason.ORDER_NOT_FOUND, "order " + orderId + " not found");
        }
        if (!order.isResting()) {
            return Outcome.rejected(RejectReason.ORDER_NOT_RESTING, "order " + orderId + " is not resting");
        }
        return Outcome.ok(queuePosition(order));
    }

    List<QueuePosition> queuePositions(String memberId, Collection<String> tickers) {
        Account account = state.accounts.get(memberId);
        List<QueuePosition> positions = new ArrayList<>();
        if (account == null) {
            return positions;
        }
        for (OrderState order : account.restingByAcceptance.values()) {
            if (order.isResting() && (tickers.isEmpty() || tickers.contains(order.market.ticker))) {
                positions.add(queuePosition(order));
            }
        }
        return positions;
    }

    private static QueuePosition queuePosition(OrderState order) {
        long ahead = order.market.book.ladder(order.side).level(order.priceUnits).countAhead(order);
        return new QueuePosition(order.id, order.market.ticker, Count.ofHundredths(ahead));
    }
}
