package dev.kalshisim.sim.engine.book;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.event.EventSink;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.ledger.Account;
import dev.kalshisim.sim.engine.ledger.AccountService;
import dev.kalshisim.sim.engine.ledger.Ledger;
import dev.kalshisim.sim.engine.result.CancelReason;

/**
 * Keeps a resting order consistent across the three places that know about it: its book level,
 * its member's open-order index, and its member's collateral. Every add, shrink, reprice and
 * removal goes through here and emits the matching book change.
 */
public final class RestingOrders {

    private final Clock clock;
    private final EventSink sink;
    private final Books books;
    private final OrderRegistry registry;
    private final AccountService accounts;
    private final Ledger ledger;

    public RestingOrders(Clock clock, EventSink sink, Books books, OrderRegistry registry, AccountService accounts,
            Ledger ledger) {
        this.clock = clock;
        this.sink = sink;
        this.books = books;
        this.registry = registry;
        this.accounts = accounts;
        this.ledger = ledger;
    }

    /** Holds collateral for an incoming order while it matches. */
    public void hold(BookOrder order) {
        ledger.hold(account(order), order.market(), order, clock.nowNanos());
    }

    /** Releases the collateral of an order that no longer rests. */
    public void release(BookOrder order) {
        ledger.release(account(order), order.market(), order);
    }

    /** Puts an order with a remaining count at the back of its price level. */
    public void rest(BookOrder order) {
        books.of(order.market()).ladder(order.side).add(order);
        registry.rested(order);
        publishBook(order, order.priceUnits, order.remainingCount, levelSize(order));
    }

    /** Takes a resting order off the book, keeping its collateral held. */
    void unrest(BookOrder order) {
        long remaining = order.remainingCount;
        books.of(order.market()).ladder(order.side).remove(order, remaining);
        registry.unrested(order);
        publishBook(order, order.priceUnits, -remaining, levelSize(order));
    }

    /** Removes a maker that has just filled completely; its level was already shrunk by the fill. */
    void retireFilled(BookOrder order) {
        books.of(order.market()).ladder(order.side).remove(order, 0);
        registry.unrested(order);
        ledger.book(account(order), order.market()).remove(order);
    }

    /** Shrinks a resting order in place, keeping its priority. */
    public void shrink(BookOrder order, long by) {
        books.of(order.market()).ladder(order.side).level(order.priceUnits).shrink(by);
        order.remainingCount -= by;
        order.lastUpdateNanos = clock.nowNanos();
        publishBook(order, order.priceUnits, -by, levelSize(order));
        Account account = account(order);
        ledger.book(account, order.market()).update(order);
        ledger.refreshReserve(account, order.market());
    }

    /**
     * Amends a resting order without moving it: a new total (whose remainder is not larger) and
     * possibly a new client_order_id. It keeps its place in the queue.
     */
    public void resize(BookOrder order, long total, long remaining, String newClientOrderId) {
        long by = order.remainingCount - remaining;
        if (by > 0) {
            shrink(order, by);
        }
        order.initialCount = total;
        registry.renameClientOrderId(order, newClientOrderId);
        order.lastUpdateNanos = clock.nowNanos();
    }

    /**
     * Takes a resting order off its level and gives it a new price, total and remainder and a new
     * time priority, with its collateral re-read; the caller matches it again and finishes it.
     */
    public void reprice(BookOrder order, long priceUnits, long total, long remaining, String newClientOrderId) {
        unrest(order);
        order.priceUnits = priceUnits;
        order.remainingCount = remaining;
        order.initialCount = total;
        order.priority = registry.nextPriority();
        order.lastUpdateNanos = clock.nowNanos();
        if (newClientOrderId != null) {
            order.clientOrderId = newClientOrderId;
        }
        Account account = account(order);
        ledger.book(account, order.market()).update(order);
        ledger.refreshReserve(account, order.market());
    }

    /**
     * Cancels a resting order's remainder and publishes its new state.
     *
     * @return the contracts taken off the book
     */
    public long cancel(BookOrder order, CancelReason reason) {
        long reduced = order.remainingCount;
        unrest(order);
        order.cancel(reason, clock.nowNanos());
        release(order);
        registry.publish(order);
        return reduced;
    }

    /**
     * Re-reads a held order's count into its member's collateral book after a fill changed it in
     * place; the reserve itself is refreshed when the fill is booked.
     */
    void syncCollateral(BookOrder order) {
        ledger.book(account(order), order.market()).update(order);
    }

    /** Cancels {@code order} if it is still resting and its expiration time has come. */
    public void expireIfDue(BookOrder order) {
        if (order.isResting() && order.expirationNanos <= clock.nowNanos()) {
            cancel(order, CancelReason.EXPIRED);
        }
    }

    /** Publishes a change of {@code delta} at {@code priceUnits} on the order's ladder, now {@code newSize}. */
    void publishBook(BookOrder order, long priceUnits, long delta, long newSize) {
        sink.emit(new ExchangeEvent.BookChanged(sink.nextSequence(), clock.nowNanos(), order.market().ticker(),
                order.side, Price.ofUnits(priceUnits), Count.ofHundredths(delta), Count.ofHundredths(newSize),
                order.memberId(), order.clientOrderId));
    }

    private Account account(BookOrder order) {
        return accounts.account(order.memberId(), order.subaccount());
    }

    private long levelSize(BookOrder order) {
        return books.levelSize(order.market(), order.side, order.priceUnits);
    }
}
