package dev.kalshisim.sim.engine.order;

import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.book.BookOrder;
import dev.kalshisim.sim.engine.book.Books;
import dev.kalshisim.sim.engine.book.Matcher;
import dev.kalshisim.sim.engine.book.MemberOrders;
import dev.kalshisim.sim.engine.book.OrderRegistry;
import dev.kalshisim.sim.engine.book.RestingOrders;
import dev.kalshisim.sim.engine.catalog.Catalog;
import dev.kalshisim.sim.engine.catalog.ExchangePauses;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.config.EngineConfig;
import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.engine.ledger.Account;
import dev.kalshisim.sim.engine.ledger.AccountService;
import dev.kalshisim.sim.engine.ledger.Ledger;
import dev.kalshisim.sim.engine.ledger.PositionState;
import dev.kalshisim.sim.engine.result.CancelReason;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.engine.time.DueActions;
import dev.kalshisim.sim.engine.time.Times;
import java.util.ArrayList;
import java.util.List;

/**
 * Places orders: validates, checks collateral, matches, then rests, or cancels the remainder.
 * Every refusal happens before the first state change, so a refused order changes nothing.
 */
public final class OrderPlacement {

    private final Clock clock;
    private final EngineConfig config;
    private final DueActions due;
    private final Catalog catalog;
    private final ExchangePauses pauses;
    private final AccountService accounts;
    private final Ledger ledger;
    private final Books books;
    private final OrderRegistry registry;
    private final RestingOrders resting;
    private final Matcher matcher;

    public OrderPlacement(Clock clock, EngineConfig config, DueActions due, Catalog catalog, ExchangePauses pauses,
            AccountService accounts, Ledger ledger, Books books, OrderRegistry registry, RestingOrders resting,
            Matcher matcher) {
        this.clock = clock;
        this.config = config;
        this.due = due;
        this.catalog = catalog;
        this.pauses = pauses;
        this.accounts = accounts;
        this.ledger = ledger;
        this.books = books;
        this.registry = registry;
        this.resting = resting;
        this.matcher = matcher;
    }

    public OrderResult place(PlaceOrder command) {
        Account account = accounts.account(command.memberId(), command.subaccount());
        MarketState market = catalog.market(command.ticker());
        OrderResult refused = checkLedger(command, account);
        if (refused == null) {
            refused = checkRequest(command, account, market);
        }
        if (refused != null) {
            return refused;
        }
        OutcomeSide side = command.side().outcomeBought();
        long priceUnits = side.fromYesPrice(command.price()).units();
        long count = command.count().hundredths();
        if (command.reduceOnly()) {
            count = Math.min(count, reducible(account, market, side));
            if (count == 0) {
                return reject(RejectReason.REDUCE_ONLY_NOT_REDUCING, "no position for this order to reduce");
            }
        }
        String overLimit = PositionLimit.problem(config.limits(), ledger, account, market, side, count, 0);
        if (overLimit != null) {
            return reject(RejectReason.POSITION_LIMIT_EXCEEDED, overLimit);
        }
        boolean crosses = books.of(market).crosses(side, priceUnits);
        refused = checkCrossing(command, market, side, priceUnits, count, crosses);
        if (refused != null) {
            return refused;
        }
        long expirationNanos = command.expirationTime() == null ? Long.MAX_VALUE : Times.nanos(command.expirationTime());
        BookOrder order = new BookOrder(account.memberId(), market, side, command.timeInForce(),
                command.selfTradePrevention(), command.postOnly(), command.reduceOnly(), command.cancelOnPause(),
                command.subaccount(), command.orderGroupId(), command.clientOrderId(), priceUnits, count,
                expirationNanos, registry.nextPriority(), clock.nowNanos());
        if (command.postOnly() && crosses) {
            return acceptCanceledPostOnly(order);
        }
        long needed = ledger.reserveWith(account, market, order) - account.position(market).reserved();
        if (needed > account.available()) {
            return reject(RejectReason.INSUFFICIENT_BALANCE, "needs " + dollars(needed) + " more collateral, "
                    + dollars(account.available()) + " available");
        }
        return execute(order);
    }

    /**
     * The order's ledger: the member's subaccount must exist (the primary always does) and not be
     * locked for settlement advance; its cash alone collateralizes the order.
     */
    private OrderResult checkLedger(PlaceOrder command, Account account) {
        if (account == null) {
            if (accounts.account(command.memberId()) == null) {
                return null; // checkRequest names the unknown member
            }
            EngineResult<Void> missing = AccountService.subaccountNotFound(command.subaccount());
            return reject(missing.reject(), missing.message());
        }
        if (account.isLocked()) {
            return reject(RejectReason.SUBACCOUNT_LOCKED,
                    "subaccount " + command.subaccount() + " is locked for settlement advance");
        }
        return null;
    }

    /** The checks that need no price arithmetic: who, where, when, and the order's own fields. */
    private OrderResult checkRequest(PlaceOrder command, Account account, MarketState market) {
        if (account == null) {
            return reject(RejectReason.MEMBER_NOT_FOUND, "member " + command.memberId() + " not found");
        }
        if (market == null) {
            return reject(RejectReason.MARKET_NOT_FOUND, "market " + command.ticker() + " not found");
        }
        RejectReason gate = pauses.tradingRejection(market);
        if (gate != null) {
            return reject(gate, "market " + market.ticker() + " is " + market.status().wire() + pauses.describePause());
        }
        if (!config.limits().acceptsOrderCount(command.count())) {
            return reject(RejectReason.INVALID_COUNT,
                    config.limits().orderCountRule("count") + ", got " + command.count());
        }
        if (!market.grid().accepts(command.price())) {
            return reject(RejectReason.INVALID_PRICE, "price " + command.price() + " is not on the "
                    + market.grid().structure() + " grid of " + market.ticker());
        }
        if (command.expirationTime() != null && (command.timeInForce() != TimeInForce.GOOD_TILL_CANCELED
                || !EngineLimits.acceptsTime(command.expirationTime())
                || Times.nanos(command.expirationTime()) <= clock.nowNanos())) {
            return reject(RejectReason.INVALID_EXPIRATION,
                    "expiration_time needs good_till_canceled and a future time before "
                            + EngineLimits.LATEST_TIME + ": " + command.expirationTime());
        }
        MemberOrders orders = registry.member(account.memberId());
        if (command.clientOrderId() != null && orders != null && orders.hasOpenClientOrderId(command.clientOrderId())) {
            return reject(RejectReason.ORDER_ALREADY_EXISTS,
                    "client_order_id " + command.clientOrderId() + " is used by an open order");
        }
        if (command.timeInForce() == TimeInForce.GOOD_TILL_CANCELED && !account.isLiquidity()
                && orders != null && orders.openOrderCount() >= config.maxOpenOrdersPerMember()) {
            return reject(RejectReason.TOO_MANY_OPEN_ORDERS,
                    "at most " + config.maxOpenOrdersPerMember() + " open orders");
        }
        return null;
    }

    /** A bid (buy YES) reduces a NO position; an ask (buy NO) reduces a YES position. */
    private static long reducible(Account account, MarketState market, OutcomeSide side) {
        PositionState position = account.existingPosition(market.ticker());
        long held = position == null ? 0 : position.count();
        return side == OutcomeSide.YES ? Math.max(0, -held) : Math.max(0, held);
    }

    /** The checks against the book: post-only, a self-cross as first match, fill-or-kill volume. */
    private OrderResult checkCrossing(PlaceOrder command, MarketState market, OutcomeSide side, long priceUnits,
            long count, boolean crosses) {
        if (command.postOnly() && crosses && config.postOnlyCrossRejects()) {
            return reject(RejectReason.POST_ONLY_CROSS, "post-only order at " + command.price() + " would cross");
        }
        if (crosses && command.selfTradePrevention() == SelfTradePrevention.TAKER_AT_CROSS
                && matcher.firstMatchIsOwn(market, command.memberId(), command.subaccount(), side, priceUnits)) {
            return reject(RejectReason.SELF_CROSS_ATTEMPT, "the first match would be the member's own order");
        }
        if (command.timeInForce() == TimeInForce.FILL_OR_KILL && matcher.availableVolume(market, command.memberId(),
                command.subaccount(), side, priceUnits, command.selfTradePrevention(), count) < count) {
            return reject(RejectReason.FOK_INSUFFICIENT_VOLUME, "not enough volume to fill " + command.count());
        }
        return null;
    }

    /** postOnlyCrossRejects is off: the order is accepted and canceled at once, as Kalshi's FIX does. */
    private OrderResult acceptCanceledPostOnly(BookOrder order) {
        registry.accept(order);
        order.cancel(CancelReason.POST_ONLY_CROSS, clock.nowNanos());
        return result(order, registry.publish(order), List.of());
    }

    private OrderResult execute(BookOrder order) {
        registry.accept(order);
        resting.hold(order);
        List<Fill> fills = new ArrayList<>();
        Matcher.Stop stop = matcher.match(order, fills);
        Order published = finish(order, stop);
        if (order.isResting() && order.hasExpiration()) {
            due.add(order.expirationNanos(), () -> resting.expireIfDue(order));
        }
        return result(order, published, fills);
    }

    /**
     * After matching: rests the remainder, or cancels it for IOC/FOK or self-trade prevention.
     *
     * @return the order's record as published, which the caller's result reuses (nothing changes between)
     */
    Order finish(BookOrder order, Matcher.Stop stop) {
        if (order.remainingCount() > 0) {
            if (stop == Matcher.Stop.SELF_TRADE) {
                order.cancel(CancelReason.TAKER_CANCEL_FOR_SELF_TRADE_PREVENTION, clock.nowNanos());
            } else if (order.timeInForce() != TimeInForce.GOOD_TILL_CANCELED) {
                order.cancel(CancelReason.IMMEDIATE_OR_CANCEL, clock.nowNanos());
            } else {
                resting.rest(order);
            }
        }
        if (!order.isResting()) {
            resting.release(order);
        }
        return registry.publish(order);
    }

    /** The result of an accepted order, with the record just published for it (built once, not twice). */
    private OrderResult result(BookOrder order, Order published, List<Fill> fills) {
        CancelReason reason = order.isResting() ? null : order.cancelReason();
        return new OrderResult(null, null, published, fills, reason, Times.instant(clock.nowNanos()));
    }

    private OrderResult reject(RejectReason reason, String message) {
        return OrderResult.rejected(reason, message, Times.instant(clock.nowNanos()));
    }

    static String dollars(long micros) {
        return "$" + Money.ofMicros(micros);
    }
}
