package dev.kalshisim.sim.engine.order;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.book.BookOrder;
import dev.kalshisim.sim.engine.book.Books;
import dev.kalshisim.sim.engine.book.Matcher;
import dev.kalshisim.sim.engine.book.OrderRegistry;
import dev.kalshisim.sim.engine.book.RestingOrders;
import dev.kalshisim.sim.engine.book.WireRecords;
import dev.kalshisim.sim.engine.catalog.ExchangePauses;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.engine.ledger.Account;
import dev.kalshisim.sim.engine.ledger.AccountService;
import dev.kalshisim.sim.engine.ledger.CollateralBook;
import dev.kalshisim.sim.engine.ledger.Ledger;
import dev.kalshisim.sim.engine.ledger.PositionState;
import dev.kalshisim.sim.engine.result.CancelReason;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.engine.time.Times;
import java.util.ArrayList;
import java.util.List;

/**
 * Amends and decreases resting orders. A decrease keeps the order's place in its queue; a new price
 * or a larger size puts it at the back of its new level, where it may cross and trade at once.
 */
public final class OrderAmender {

    private final Clock clock;
    private final EngineLimits limits;
    private final ExchangePauses pauses;
    private final AccountService accounts;
    private final Ledger ledger;
    private final Books books;
    private final OrderRegistry registry;
    private final RestingOrders resting;
    private final Matcher matcher;
    private final OrderPlacement placement;

    public OrderAmender(Clock clock, EngineLimits limits, ExchangePauses pauses, AccountService accounts, Ledger ledger,
            Books books, OrderRegistry registry, RestingOrders resting, Matcher matcher, OrderPlacement placement) {
        this.clock = clock;
        this.limits = limits;
        this.pauses = pauses;
        this.accounts = accounts;
        this.ledger = ledger;
        this.books = books;
        this.registry = registry;
        this.resting = resting;
        this.matcher = matcher;
        this.placement = placement;
    }

    public OrderResult amend(AmendCommand command) {
        BookOrder order = registry.order(command.orderId());
        OrderResult refused = checkAmend(command, order);
        if (refused != null) {
            return refused;
        }
        Account account = accounts.account(order.memberId(), order.subaccount());
        long priceUnits = order.priceUnits();
        if (command.price() != null) {
            priceUnits = order.side().fromYesPrice(command.price()).units();
        }
        if (command.count() != null && !limits.acceptsOrderCount(command.count())) {
            return reject(RejectReason.INVALID_COUNT,
                    limits.orderCountRule("count") + ", got " + command.count());
        }
        long total = command.count() == null ? order.filledCount() + order.remainingCount() : command.count().hundredths();
        long remaining = total - order.filledCount();
        if (remaining <= 0) {
            return reject(RejectReason.INVALID_COUNT, "new total " + command.count() + " must exceed the filled count");
        }
        if (remaining > order.remainingCount()) {
            String overLimit = PositionLimit.problem(limits, ledger, account, order.market(), order.side(), remaining,
                    order.remainingCount());
            if (overLimit != null) {
                return reject(RejectReason.POSITION_LIMIT_EXCEEDED, overLimit);
            }
        }
        String newClientId = command.updatedClientOrderId();
        if (newClientId != null && !newClientId.equals(order.clientOrderId())
                && registry.member(order.memberId()).hasOpenClientOrderId(newClientId)) {
            return reject(RejectReason.ORDER_ALREADY_EXISTS, "client_order_id " + newClientId + " is in use");
        }
        if (priceUnits == order.priceUnits() && remaining <= order.remainingCount()) {
            return decreaseInPlace(order, total, remaining, newClientId);
        }
        return reprice(account, order, priceUnits, total, remaining, newClientId);
    }

    /** Ownership, gates, status, the optional cross-checks and the new price's tick. */
    private OrderResult checkAmend(AmendCommand command, BookOrder order) {
        if (order == null || !order.memberId().equals(command.memberId())) {
            return reject(RejectReason.ORDER_NOT_FOUND, "order " + command.orderId() + " not found");
        }
        RejectReason gate = pauses.tradingRejection(order.market());
        if (gate != null) {
            return reject(gate, "cannot amend in " + order.market().ticker() + " now");
        }
        if (!order.isResting()) {
            return reject(RejectReason.ORDER_NOT_RESTING, "order " + order.id() + " is " + order.status().wire());
        }
        if ((command.ticker() != null && !command.ticker().equals(order.market().ticker()))
                || (command.side() != null && command.side() != order.bookSide())
                || (command.clientOrderId() != null && !command.clientOrderId().equals(order.clientOrderId()))) {
            return reject(RejectReason.INVALID_PARAMETERS, "ticker, side or client_order_id do not match the order");
        }
        if (command.price() != null && !order.market().grid().accepts(command.price())) {
            return reject(RejectReason.INVALID_PRICE, "price " + command.price() + " is not on the grid");
        }
        return null;
    }

    public CancelResult decrease(DecreaseCommand command) {
        BookOrder order = registry.order(command.orderId());
        if (order == null || !order.memberId().equals(command.memberId())) {
            return CancelResult.rejected(command.orderId(), RejectReason.ORDER_NOT_FOUND, "order not found",
                    Times.instant(clock.nowNanos()));
        }
        RejectReason gate = pauses.cancelRejection(order.market());
        if (gate == null && (command.reduceBy() == null) == (command.reduceTo() == null)) {
            gate = RejectReason.INVALID_PARAMETERS;
        }
        if (gate == null && !order.isResting()) {
            gate = RejectReason.ORDER_NOT_RESTING;
        }
        if (gate == null && (command.reduceBy() != null ? !command.reduceBy().isPositive()
                : command.reduceTo().isNegative() || command.reduceTo().hundredths() > order.remainingCount())) {
            gate = RejectReason.INVALID_COUNT;
        }
        if (gate != null) {
            return CancelResult.rejected(order.id(), gate, "cannot decrease order " + order.id() + ": " + gate.describe(),
                    Times.instant(clock.nowNanos()));
        }
        long target = command.reduceTo() != null ? command.reduceTo().hundredths()
                : order.remainingCount() - command.reduceBy().hundredths();
        long reduced;
        if (target <= 0) {
            reduced = resting.cancel(order, CancelReason.MEMBER_CANCELED);
        } else {
            reduced = order.remainingCount() - target;
            if (reduced > 0) {
                resting.shrink(order, reduced);
                registry.publish(order);
            }
        }
        return new CancelResult(null, null, order.id(), order.clientOrderId(),
                Count.ofHundredths(reduced), WireRecords.order(order), Times.instant(clock.nowNanos()));
    }

    private OrderResult decreaseInPlace(BookOrder order, long total, long remaining, String newClientId) {
        resting.resize(order, total, remaining, newClientId);
        Order published = registry.publish(order);
        return new OrderResult(null, null, published, List.of(), null, Times.instant(clock.nowNanos()));
    }

    private OrderResult reprice(Account account, BookOrder order, long priceUnits, long total, long remaining,
            String newClientId) {
        MarketState market = order.market();
        boolean crosses = books.of(market).crosses(order.side(), priceUnits);
        if (order.postOnly() && crosses) {
            return reject(RejectReason.POST_ONLY_CROSS, "post-only order would cross at the new price");
        }
        if (crosses && order.selfTradePrevention() == SelfTradePrevention.TAKER_AT_CROSS
                && matcher.firstMatchIsOwn(market, order.memberId(), order.subaccount(), order.side(), priceUnits)) {
            return reject(RejectReason.SELF_CROSS_ATTEMPT, "the first match would be the member's own order");
        }
        // Price the amended order as a probe (keeping its old priority, as the check always has),
        // without touching the order: nothing has changed if the check refuses or throws.
        CollateralBook book = ledger.book(account, market);
        PositionState position = account.position(market);
        long needed = book.requiredIfChanged(order, priceUnits, remaining, position.count()) - position.reserved();
        if (needed > account.available()) {
            return reject(RejectReason.INSUFFICIENT_BALANCE, "needs " + OrderPlacement.dollars(needed)
                    + " more collateral, " + OrderPlacement.dollars(account.available()) + " available");
        }
        resting.reprice(order, priceUnits, total, remaining, newClientId);
        List<Fill> fills = new ArrayList<>();
        Matcher.Stop stop = matcher.match(order, fills);
        Order published = placement.finish(order, stop);
        CancelReason reason = order.isResting() ? null : order.cancelReason();
        return new OrderResult(null, null, published, fills, reason, Times.instant(clock.nowNanos()));
    }

    private OrderResult reject(RejectReason reason, String message) {
        return OrderResult.rejected(reason, message, Times.instant(clock.nowNanos()));
    }
}
