package dev.kalshisim.sim.engine.order;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.QueuePosition;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.book.BookOrder;
import dev.kalshisim.sim.engine.book.Books;
import dev.kalshisim.sim.engine.book.MemberOrders;
import dev.kalshisim.sim.engine.book.OrderRegistry;
import dev.kalshisim.sim.engine.book.PriceLevel;
import dev.kalshisim.sim.engine.book.RestingOrders;
import dev.kalshisim.sim.engine.book.WireRecords;
import dev.kalshisim.sim.engine.catalog.ExchangePauses;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.ledger.Account;
import dev.kalshisim.sim.engine.ledger.AccountService;
import dev.kalshisim.sim.engine.result.CancelReason;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.engine.time.Times;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Cancels orders one at a time, in bulk, or on a pause, and reports queue positions. */
public final class OrderCanceller {

    private final Clock clock;
    private final ExchangePauses pauses;
    private final AccountService accounts;
    private final Books books;
    private final OrderRegistry registry;
    private final RestingOrders resting;

    public OrderCanceller(Clock clock, ExchangePauses pauses, AccountService accounts, Books books,
            OrderRegistry registry, RestingOrders resting) {
        this.clock = clock;
        this.pauses = pauses;
        this.accounts = accounts;
        this.books = books;
        this.registry = registry;
        this.resting = resting;
    }

    public CancelResult cancel(String memberId, String orderId) {
        BookOrder order = registry.order(orderId);
        if (order == null || !order.memberId().equals(memberId)) {
            return CancelResult.rejected(orderId, RejectReason.ORDER_NOT_FOUND, "order " + orderId + " not found",
                    Times.instant(clock.nowNanos()));
        }
        RejectReason gate = pauses.cancelRejection(order.market());
        if (gate == null && !order.isResting()) {
            gate = RejectReason.ORDER_NOT_RESTING;
        }
        if (gate != null) {
            return CancelResult.rejected(orderId, gate, "cannot cancel order " + orderId + ": " + gate.describe(),
                    Times.instant(clock.nowNanos()));
        }
        long reduced = resting.cancel(order, CancelReason.MEMBER_CANCELED);
        return new CancelResult(null, null, order.id(), order.clientOrderId(), Count.ofHundredths(reduced),
                WireRecords.order(order), Times.instant(clock.nowNanos()));
    }

    /** Cancels every resting order of the member, in one market when {@code ticker} is not null. */
    public List<CancelResult> cancelAll(String memberId, String ticker) {
        return cancelAll(memberId, ticker, null);
    }

    /**
     * Cancels every resting order of the member, in one market when {@code ticker} is not null and of
     * one subaccount when {@code subaccount} is not null (Kalshi: all subaccounts when omitted).
     */
    public List<CancelResult> cancelAll(String memberId, String ticker, Integer subaccount) {
        List<CancelResult> results = new ArrayList<>();
        MemberOrders orders = accounts.account(memberId) == null ? null : registry.member(memberId);
        if (orders == null) {
            return results;
        }
        // Only resting orders, in acceptance order, as a sweep of every order ever placed would visit them.
        for (BookOrder order : List.copyOf(orders.resting())) {
            if (order.isResting() && (ticker == null || ticker.equals(order.market().ticker()))
                    && (subaccount == null || subaccount == order.subaccount())) {
                results.add(cancel(memberId, order.id()));
            }
        }
        return results;
    }

    /**
     * Cancels every resting order of one of the member's ledgers, as a settlement-advance lock does:
     * an exchange action, so no pause gate applies. Returns how many were canceled.
     */
    public int cancelLedger(String memberId, int subaccount) {
        MemberOrders orders = registry.member(memberId);
        int canceled = 0;
        if (orders != null) {
            for (BookOrder order : List.copyOf(orders.resting())) {
                if (order.isResting() && order.subaccount() == subaccount) {
                    resting.cancel(order, CancelReason.MEMBER_CANCELED);
                    canceled++;
                }
            }
        }
        return canceled;
    }

    /** Cancels every resting order that asked to be canceled when a pause begins. */
    public void cancelForPause() {
        for (Account account : accounts.all()) {
            MemberOrders orders = registry.member(account.memberId());
            if (orders == null) {
                continue;
            }
            for (BookOrder order : List.copyOf(orders.resting())) {
                if (order.isResting() && order.cancelOnPause()) {
                    resting.cancel(order, CancelReason.EXCHANGE_PAUSE);
                }
            }
        }
    }

    /** Cancels every resting order in {@code market}, best levels first. */
    public void cancelMarket(MarketState market, CancelReason reason) {
        for (OutcomeSide side : OutcomeSide.values()) {
            List<BookOrder> victims = new ArrayList<>();
            for (PriceLevel level : books.of(market).ladder(side).bestFirst()) {
                victims.addAll(level.orders());
            }
            for (BookOrder order : victims) {
                resting.cancel(order, reason);
            }
        }
    }

    public EngineResult<QueuePosition> queuePosition(String memberId, String orderId) {
        BookOrder order = registry.order(orderId);
        if (order == null || !order.memberId().equals(memberId)) {
            return EngineResult.rejected(RejectReason.ORDER_NOT_FOUND, "order " + orderId + " not found");
        }
        if (!order.isResting()) {
            return EngineResult.rejected(RejectReason.ORDER_NOT_RESTING, "order " + orderId + " is not resting");
        }
        return EngineResult.ok(queuePosition(order));
    }

    public List<QueuePosition> queuePositions(String memberId, Collection<String> tickers) {
        List<QueuePosition> positions = new ArrayList<>();
        MemberOrders orders = accounts.account(memberId) == null ? null : registry.member(memberId);
        if (orders == null) {
            return positions;
        }
        for (BookOrder order : orders.resting()) {
            if (order.isResting() && (tickers.isEmpty() || tickers.contains(order.market().ticker()))) {
                positions.add(queuePosition(order));
            }
        }
        return positions;
    }

    private QueuePosition queuePosition(BookOrder order) {
        long ahead = books.of(order.market()).ladder(order.side()).level(order.priceUnits()).countAhead(order);
        return new QueuePosition(order.id(), order.market().ticker(), Count.ofHundredths(ahead));
    }
}
