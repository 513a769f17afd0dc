package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Amends and decreases resting orders. A decrease keeps the order's place in its queue; a new price
 * or a larger size puts it at the back of its new level, where it may cross and trade at once.
 */
final class OrderAmender {

    private final EngineState state;
    private final RestingOrders resting;
    private final Matcher matcher;
    private final OrderEntry entry;

    OrderAmender(EngineState state, RestingOrders resting, Matcher matcher, OrderEntry entry) {
        this.state = state;
        this.resting = resting;
        this.matcher = matcher;
        this.entry = entry;
    }

    OrderResult amend(AmendOrder command) {
        OrderState order = state.orders.get(command.orderId());
        OrderResult refused = checkAmend(command, order);
        if (refused != null) {
            return refused;
        }
        Account account = state.accounts.get(order.memberId);
        long priceUnits = order.priceUnits;
        if (command.price() != null) {
            priceUnits = order.side == OutcomeSide.YES ? command.price().units() : Price.SCALE - command.price().units();
        }
        if (command.count() != null && !state.config.limits().acceptsOrderCount(command.count())) {
            return reject(RejectReason.INVALID_COUNT,
                    state.config.limits().orderCountRule("count") + ", got " + command.count());
        }
        long total = command.count() == null ? order.filledCount + order.remainingCount : command.count().hundredths();
        long remaining = total - order.filledCount;
        if (remaining <= 0) {
            return reject(RejectReason.INVALID_COUNT, "new total " + command.count() + " must exceed the filled count");
        }
        if (remaining > order.remainingCount) {
            String overLimit = PositionLimit.problem(state, account, order.market, order.side, remaining,
                    order.remainingCount);
            if (overLimit != null) {
                return reject(RejectReason.POSITION_LIMIT_EXCEEDED, overLimit);
            }
        }
        String newClientId = command.updatedClientOrderId();
        if (newClientId != null && !newClientId.equals(order.clientOrderId)
                && account.openByClientOrderId.containsKey(newClientId)) {
            return reject(RejectReason.ORDER_ALREADY_EXISTS, "client_order_id " + newClientId + " is in use");
        }
        if (priceUnits == order.priceUnits && remaining <= order.remainingCount) {
            return decreaseInPlace(account, order, total, remaining, newClientId);
        }
        return reprice(account, order, priceUnits, total, remaining, newClientId);
    }

    /** Ownership, gates, status, the optional cross-checks and the new price's tick. */
    private OrderResult checkAmend(AmendOrder command, OrderState order) {
        if (order == null || !order.memberId.equals(command.memberId())) {
            return reject(RejectReason.ORDER_NOT_FOUND, "order " + command.orderId() + " not found");
        }
        RejectReason gate = state.tradingRejection(order.market);
        if (gate != null) {
            return reject(gate, "cannot amend in " + order.market.ticker + " now");
        }
        if (!order.isResting()) {
            return reject(RejectReason.ORDER_NOT_RESTING, "order " + order.id + " is " + order.status.wire());
        }
        if ((command.ticker() != null && !command.ticker().equals(order.market.ticker))
                || (command.side() != null && command.side() != order.bookSide())
                || (command.clientOrderId() != null && !command.clientOrderId().equals(order.clientOrderId))) {
            return reject(RejectReason.INVALID_PARAMETERS, "ticker, side or client_order_id do not match the order");
        }
        if (command.price() != null && !order.market.grid().accepts(command.price())) {
            return reject(RejectReason.INVALID_PRICE, "price " + command.price() + " is not on the grid");
        }
        return null;
    }

    CancelResult decrease(DecreaseOrder command) {
        OrderState order = state.orders.get(command.orderId());
        if (order == null || !order.memberId.equals(command.memberId())) {
            return CancelResult.rejected(command.orderId(), RejectReason.ORDER_NOT_FOUND, "order not found",
                    state.nowInstant());
        }
        RejectReason gate = state.cancelRejection(order.market);
        if (gate == null && (command.reduceBy() == null) == (command.reduceTo() == null)) {
            gate = RejectReason.INVALID_PARAMETERS;
        }
        if (gate == null && !order.isResting()) {
            gate = RejectReason.ORDER_NOT_RESTING;
        }
        if (gate == null && (command.reduceBy() != null ? !command.reduceBy().isPositive()
                : command.reduceTo().isNegative() || command.reduceTo().hundredths() > order.remainingCount)) {
            gate = RejectReason.INVALID_COUNT;
        }
        if (gate != null) {
            return CancelResult.rejected(order.id, gate, "cannot decrease order " + order.id + ": " + gate.describe(),
                    state.nowInstant());
        }
        long target = command.reduceTo() != null ? command.reduceTo().hundredths()
                : order.remainingCount - command.reduceBy().hundredths();
        long reduced;
        if (target <= 0) {
            reduced = resting.cancel(order, CancelReason.MEMBER_CANCELED);
        } else {
            reduced = order.remainingCount - target;
            if (reduced > 0) {
                resting.shrink(order, reduced);
                state.emitOrder(order);
            }
        }
        return new CancelResult(null, null, order.id, order.clientOrderId,
                Count.ofHundredths(reduced), Views.order(order), state.nowInstant());
    }

    private OrderResult decreaseInPlace(Account account, OrderState order, long total, long remaining,
            String newClientId) {
        long by = order.remainingCount - remaining;
        if (by > 0) {
            resting.shrink(order, by);
        }
        order.initialCount = total;
        renameClientId(account, order, newClientId);
        order.lastUpdateNanos = state.now();
        state.emitOrder(order);
        return new OrderResult(null, null, Views.order(order), List.of(), null, state.nowInstant());
    }

    private OrderResult reprice(Account account, OrderState order, long priceUnits, long total, long remaining,
            String newClientId) {
        MarketState market = order.market;
        boolean crosses = market.book.crosses(order.side, priceUnits);
        if (order.postOnly && crosses) {
            return reject(RejectReason.POST_ONLY_CROSS, "post-only order would cross at the new price");
        }
        if (crosses && order.selfTradePrevention == SelfTradePrevention.TAKER_AT_CROSS
                && matcher.firstMatchIsOwn(market, order.memberId, order.side, priceUnits)) {
            return reject(RejectReason.SELF_CROSS_ATTEMPT, "the first match would be the member's own order");
        }
        // Price the amended order as a probe (keeping its old priority, as the check always has),
        // without touching the order: nothing has changed if the check refuses or throws.
        CollateralBook book = state.ledger.book(account, market);
        PositionState position = account.position(market);
        long needed = book.requiredIfChanged(order, priceUnits, remaining, position.count) - position.reserved;
        if (needed > account.available()) {
            return reject(RejectReason.INSUFFICIENT_BALANCE, "needs " + OrderEntry.dollars(needed)
                    + " more collateral, " + OrderEntry.dollars(account.available()) + " available");
        }
        resting.unrest(order);
        order.priceUnits = priceUnits;
        order.remainingCount = remaining;
        order.initialCount = total;
        order.priority = state.nextPriority();
        order.lastUpdateNanos = state.now();
        if (newClientId != null) {
            order.clientOrderId = newClientId;
        }
        book.update(order);
        state.ledger.refreshReserve(account, market);
        List<Fill> fills = new ArrayList<>();
        Matcher.Stop stop = matcher.match(order, fills);
        entry.finish(order, stop);
        CancelReason reason = order.isResting() ? null : order.cancelReason;
        return new OrderResult(null, null, Views.order(order), fills, reason, state.nowInstant());
    }

    private static void renameClientId(Account account, OrderState order, String newClientId) {
        if (newClientId == null || Objects.equals(newClientId, order.clientOrderId)) {
            return;
        }
        if (order.clientOrderId != null) {
            account.openByClientOrderId.remove(order.clientOrderId);
        }
        order.clientOrderId = newClientId;
        account.openByClientOrderId.put(newClientId, order);
    }

    private OrderResult reject(RejectReason reason, String message) {
        return OrderResult.rejected(reason, message, state.nowInstant());
    }
}
