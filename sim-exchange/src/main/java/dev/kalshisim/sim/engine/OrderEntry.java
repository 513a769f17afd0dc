package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;
import java.util.ArrayList;
import java.util.List;

/**
 * Places orders: validates, checks collateral, matches, then rests, or cancels the remainder.
 * Every refusal happens before the first state change, so a refused order changes nothing.
 */
final class OrderEntry {

    private final EngineState state;
    private final RestingOrders resting;
    private final Matcher matcher;

    OrderEntry(EngineState state, RestingOrders resting, Matcher matcher) {
        this.state = state;
        this.resting = resting;
        this.matcher = matcher;
    }

    OrderResult place(PlaceOrder command) {
        Account account = state.accounts.get(command.memberId());
        MarketState market = state.catalog.market(command.ticker());
        OrderResult refused = checkRequest(command, account, market);
        if (refused != null) {
            return refused;
        }
        OutcomeSide side = command.side() == BookSide.BID ? OutcomeSide.YES : OutcomeSide.NO;
        long priceUnits = side == OutcomeSide.YES ? command.price().units() : Price.SCALE - command.price().units();
        long count = command.count().hundredths();
        if (command.reduceOnly()) {
            count = Math.min(count, reducible(account, market, side));
            if (count == 0) {
                return reject(RejectReason.REDUCE_ONLY_NOT_REDUCING, "no position for this order to reduce");
            }
        }
        String overLimit = PositionLimit.problem(state, account, market, side, count, 0);
        if (overLimit != null) {
            return reject(RejectReason.POSITION_LIMIT_EXCEEDED, overLimit);
        }
        boolean crosses = market.book.crosses(side, priceUnits);
        refused = checkCrossing(command, market, side, priceUnits, count, crosses);
        if (refused != null) {
            return refused;
        }
        long expirationNanos = command.expirationTime() == null ? Long.MAX_VALUE : Times.nanos(command.expirationTime());
        OrderState order = new OrderState(account.memberId, market, side, command, priceUnits, count, expirationNanos,
                state.now());
        order.priority = state.nextPriority();
        if (command.postOnly() && crosses) {
            return acceptCanceledPostOnly(account, order);
        }
        long needed = state.ledger.reserveWith(account, market, order) - account.position(market).reserved;
        if (needed > account.available()) {
            return reject(RejectReason.INSUFFICIENT_BALANCE, "needs " + dollars(needed) + " more collateral, "
                    + dollars(account.available()) + " available");
        }
        return execute(account, order);
    }

    /** The checks that need no price arithmetic: who, where, when, and the order's own fields. */
    private OrderResult checkRequest(PlaceOrder command, Account account, MarketState market) {
        if (account == null) {
            return reject(RejectReason.MEMBER_NOT_FOUND, "member " + command.memberId() + " not found");
        }
        if (market == null) {
            return reject(RejectReason.MARKET_NOT_FOUND, "market " + command.ticker() + " not found");
        }
        RejectReason gate = state.tradingRejection(market);
        if (gate != null) {
            return reject(gate, "market " + market.ticker + " is " + market.status.wire() + describePause());
        }
        if (!state.config.limits().acceptsOrderCount(command.count())) {
            return reject(RejectReason.INVALID_COUNT,
                    state.config.limits().orderCountRule("count") + ", got " + command.count());
        }
        if (!market.grid().accepts(command.price())) {
            return reject(RejectReason.INVALID_PRICE, "price " + command.price() + " is not on the "
                    + market.grid().structure() + " grid of " + market.ticker);
        }
        if (command.expirationTime() != null && (command.timeInForce() != TimeInForce.GOOD_TILL_CANCELED
                || !EngineLimits.acceptsTime(command.expirationTime())
                || Times.nanos(command.expirationTime()) <= state.now())) {
            return reject(RejectReason.INVALID_EXPIRATION,
                    "expiration_time needs good_till_canceled and a future time before "
                            + EngineLimits.LATEST_TIME + ": " + command.expirationTime());
        }
        if (command.clientOrderId() != null && account.openByClientOrderId.containsKey(command.clientOrderId())) {
            return reject(RejectReason.ORDER_ALREADY_EXISTS,
                    "client_order_id " + command.clientOrderId() + " is used by an open order");
        }
        if (command.timeInForce() == TimeInForce.GOOD_TILL_CANCELED
                && account.openOrderCount >= state.config.maxOpenOrdersPerMember()) {
            return reject(RejectReason.TOO_MANY_OPEN_ORDERS,
                    "at most " + state.config.maxOpenOrdersPerMember() + " open orders");
        }
        return null;
    }

    /** A bid (buy YES) reduces a NO position; an ask (buy NO) reduces a YES position. */
    private static long reducible(Account account, MarketState market, OutcomeSide side) {
        PositionState position = account.positions.get(market.ticker);
        long held = position == null ? 0 : position.count;
        return side == OutcomeSide.YES ? Math.max(0, -held) : Math.max(0, held);
    }

    /** The checks against the book: post-only, a self-cross as first match, fill-or-kill volume. */
    private OrderResult checkCrossing(PlaceOrder command, MarketState market, OutcomeSide side, long priceUnits,
            long count, boolean crosses) {
        if (command.postOnly() && crosses && state.config.postOnlyCrossRejects()) {
            return reject(RejectReason.POST_ONLY_CROSS, "post-only order at " + command.price() + " would cross");
        }
        if (crosses && command.selfTradePrevention() == SelfTradePrevention.TAKER_AT_CROSS
                && matcher.firstMatchIsOwn(market, command.memberId(), side, priceUnits)) {
            return reject(RejectReason.SELF_CROSS_ATTEMPT, "the first match would be the member's own order");
        }
        if (command.timeInForce() == TimeInForce.FILL_OR_KILL && matcher.availableVolume(market, command.memberId(),
                side, priceUnits, command.selfTradePrevention(), count) < count) {
            return reject(RejectReason.FOK_INSUFFICIENT_VOLUME, "not enough volume to fill " + command.count());
        }
        return null;
    }

    /** postOnlyCrossRejects is off: the order is accepted and canceled at once, as Kalshi's FIX does. */
    private OrderResult acceptCanceledPostOnly(Account account, OrderState order) {
        order.id = state.ids.next();
        register(account, order);
        order.cancel(CancelReason.POST_ONLY_CROSS, state.now());
        state.emitOrder(order);
        return result(order, List.of());
    }

    private OrderResult execute(Account account, OrderState order) {
        order.id = state.ids.next();
        register(account, order);
        resting.hold(order);
        List<Fill> fills = new ArrayList<>();
        Matcher.Stop stop = matcher.match(order, fills);
        finish(order, stop);
        if (order.isResting() && order.hasExpiration()) {
            state.due.add(order.expirationNanos, () -> resting.expireIfDue(order));
        }
        return result(order, fills);
    }

    /** After matching: rests the remainder, or cancels it for IOC/FOK or self-trade prevention. */
    void finish(OrderState order, Matcher.Stop stop) {
        if (order.remainingCount > 0) {
            if (stop == Matcher.Stop.SELF_TRADE) {
                order.cancel(CancelReason.TAKER_CANCEL_FOR_SELF_TRADE_PREVENTION, state.now());
            } else if (order.timeInForce != TimeInForce.GOOD_TILL_CANCELED) {
                order.cancel(CancelReason.IMMEDIATE_OR_CANCEL, state.now());
            } else {
                resting.rest(order);
            }
        }
        if (!order.isResting()) {
            resting.release(order);
        }
        state.emitOrder(order);
    }

    private void register(Account account, OrderState order) {
        order.acceptanceIndex = account.acceptedOrders++;
        account.orders.put(order.acceptanceIndex, order);
        state.orders.put(order.id, order);
    }

    private OrderResult result(OrderState order, List<Fill> fills) {
        CancelReason reason = order.isResting() ? null : order.cancelReason;
        return new OrderResult(null, null, Views.order(order), fills, reason, state.nowInstant());
    }

    private OrderResult reject(RejectReason reason, String message) {
        return OrderResult.rejected(reason, message, state.nowInstant());
    }

    private String describePause() {
        if (!state.exchangeActive) {
            return " and the exchange is paused";
        }
        return state.tradingActive ? "" : " and trading is paused";
    }

    static String dollars(long micros) {
        return "$" + Money.ofMicros(micros);
    }
}
