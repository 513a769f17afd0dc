package dev.kalshisim.sim.engine.retention;

import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.book.BookOrder;
import dev.kalshisim.sim.engine.book.Books;
import dev.kalshisim.sim.engine.book.LiveTrade;
import dev.kalshisim.sim.engine.book.MemberOrders;
import dev.kalshisim.sim.engine.book.OrderRegistry;
import dev.kalshisim.sim.engine.book.TradeTape;
import dev.kalshisim.sim.engine.book.WireRecords;
import dev.kalshisim.sim.engine.catalog.Catalog;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.ledger.Account;
import dev.kalshisim.sim.engine.ledger.AccountService;
import dev.kalshisim.sim.engine.ledger.PositionState;
import dev.kalshisim.sim.engine.time.Times;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves what has passed the {@link LiveWindow} out of the engine to its {@link HistorySink}: old
 * trades with their fills, finished orders, settled markets with their positions. Runs after
 * every command, under the exchange lock, moving at most the window's budget of items, oldest
 * first, so the cost is amortized over the commands that created them.
 *
 * <p>Each round plans first, hands the batch to the sink, and only then forgets: a sink that
 * fails leaves the engine as it was. Cutoffs move only when something moves, to just after the
 * newest item moved, or to the window's edge once nothing older than the edge is left.
 */
public final class Retention {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    private final Clock clock;
    private final LiveWindow window;
    private final HistorySink sink;
    private final Catalog catalog;
    private final AccountService accounts;
    private final Books books;
    private final OrderRegistry registry;
    private final TradeTape tape;
    /** What has left the engine so far. */
    private Cutoffs cutoffs = Cutoffs.NONE;
    private long failures;

    public Retention(Clock clock, LiveWindow window, HistorySink sink, Catalog catalog, AccountService accounts,
            Books books, OrderRegistry registry, TradeTape tape) {
        this.clock = clock;
        this.window = window;
        this.sink = sink;
        this.catalog = catalog;
        this.accounts = accounts;
        this.books = books;
        this.registry = registry;
        this.tape = tape;
    }

    /** The live/historical boundary: what has left the engine so far. */
    public Cutoffs cutoffs() {
        return cutoffs;
    }

    /** One eviction round. */
    public void evict() {
        long now = clock.nowNanos();
        long span = window.windowNanos();
        long horizon = now < Long.MIN_VALUE + span ? Long.MIN_VALUE : now - span;
        if (!due(tape.live(), LiveTrade::nanos, horizon, window.maxTrades())
                && !due(registry.finishedOrders(), BookOrder::lastUpdateNanos, horizon, window.maxFinishedOrders())
                && !due(catalog.settledMarkets(), MarketState::settledNanos, horizon, window.maxSettledMarkets())) {
            return; // the common case, checked without allocating
        }
        int[] budget = {window.evictionBudget()};
        List<LiveTrade> trades = plan(tape.live(), LiveTrade::nanos, horizon, window.maxTrades(), budget);
        List<BookOrder> orders = plan(registry.finishedOrders(), BookOrder::lastUpdateNanos, horizon,
                window.maxFinishedOrders(), budget);
        List<MarketState> markets = plan(catalog.settledMarkets(), MarketState::settledNanos, horizon,
                window.maxSettledMarkets(), budget);
        if (trades.isEmpty() && orders.isEmpty() && markets.isEmpty()) {
            return;
        }
        Instant marketCut = cutoff(markets, catalog.settledMarkets(), MarketState::settledNanos, horizon,
                cutoffs.marketSettled());
        Cutoffs next = cutoffs.max(new Cutoffs(marketCut,
                cutoff(trades, tape.live(), LiveTrade::nanos, horizon, cutoffs.tradesCreated()),
                cutoff(orders, registry.finishedOrders(), BookOrder::lastUpdateNanos, horizon, cutoffs.ordersUpdated()),
                marketCut));
        Archived batch = batch(trades, orders, markets, next, now);
        try {
            sink.archive(batch);
        } catch (RuntimeException e) {
            // Keep everything live and try again later; log the first failure and then every 1,000th.
            if (failures++ % 1_000 == 0) {
                LOG.warn("historical store refused {} items; they stay live for now: {}", trades.size()
                        + orders.size() + markets.size(), e.toString());
            }
            return;
        }
        forget(trades, orders, markets);
        cutoffs = next;
    }

    private static <T> boolean due(Collection<T> queue, ToLongFunction<T> time, long horizon, int cap) {
        if (queue.isEmpty()) {
            return false;
        }
        T head = queue.iterator().next();
        return (queue.size() > cap || time.applyAsLong(head) < horizon);
    }

    /**
     * The head of {@code queue} that must leave: items older than {@code horizon} and those past
     * {@code cap}, within the budget, plus any that share the last one's time (a cutoff is a time,
     * so items of one instant leave together).
     */
    private static <T> List<T> plan(Collection<T> queue, ToLongFunction<T> time, long horizon, int cap, int[] budget) {
        List<T> out = new ArrayList<>();
        int size = queue.size();
        Iterator<T> it = queue.iterator();
        long last = Long.MIN_VALUE;
        while (it.hasNext()) {
            T item = it.next();
            long at = time.applyAsLong(item);
            boolean due = at < horizon || size - out.size() > cap;
            boolean tie = !out.isEmpty() && at == last;
            if (!(tie || (due && budget[0] > 0))) {
                break;
            }
            out.add(item);
            budget[0]--;
            last = at;
        }
        return out;
    }

    private static <T> Instant cutoff(List<T> moved, Collection<T> queue, ToLongFunction<T> time, long horizon,
            Instant previous) {
        if (moved.isEmpty()) {
            return previous;
        }
        long after = time.applyAsLong(moved.get(moved.size() - 1)) + 1;
        T next = moved.size() < queue.size() ? nth(queue, moved.size()) : null;
        if (next == null || time.applyAsLong(next) >= horizon) {
            after = Math.max(after, horizon);
        }
        return Times.instant(after);
    }

    private static <T> T nth(Collection<T> queue, int index) {
        Iterator<T> it = queue.iterator();
        for (int i = 0; i < index; i++) {
            it.next();
        }
        return it.next();
    }

    private Archived batch(List<LiveTrade> trades, List<BookOrder> orders, List<MarketState> markets, Cutoffs cutoffs,
            long now) {
        List<Trade> tradeViews = new ArrayList<>(trades.size());
        List<Archived.MemberFill> fills = new ArrayList<>(trades.size() * 2);
        for (LiveTrade live : trades) {
            tradeViews.add(live.trade());
            fills.add(new Archived.MemberFill(live.makerId(), live.makerFill()));
            fills.add(new Archived.MemberFill(live.takerId(), live.takerFill()));
        }
        List<Order> orderViews = new ArrayList<>(orders.size());
        for (BookOrder order : orders) {
            // An order a refused command took back after publishing it is no longer the engine's: skip it.
            if (registry.isLive(order)) {
                orderViews.add(WireRecords.order(order));
            }
        }
        List<Archived.ArchivedMarket> marketViews = new ArrayList<>(markets.size());
        for (MarketState market : markets) {
            List<Archived.MemberPosition> positions = new ArrayList<>();
            for (Account account : accounts.ledgers()) {
                PositionState position = account.existingPosition(market.ticker());
                if (position != null && position.isReportable()) {
                    positions.add(new Archived.MemberPosition(account.memberId(), WireRecords.position(position)));
                }
            }
            marketViews.add(new Archived.ArchivedMarket(WireRecords.market(market, books.of(market), now),
                    market.event().series().ticker(), positions));
        }
        return new Archived(tradeViews, fills, orderViews, marketViews, cutoffs);
    }

    private void forget(List<LiveTrade> trades, List<BookOrder> orders, List<MarketState> markets) {
        for (LiveTrade live : trades) {
            tape.forgetOldest(live);
        }
        for (BookOrder order : orders) {
            registry.forgetOldestFinished(order);
        }
        for (MarketState market : markets) {
            for (Account account : accounts.ledgers()) {
                account.forgetMarket(market.ticker());
            }
            books.forget(market.ticker());
            tape.forgetMarket(market.ticker());
            catalog.forgetOldestSettled(market);
        }
    }

    /** Adds what is wrong with the live sets to {@code violations}. */
    public void check(List<String> violations) {
        long liveOrders = 0;
        long fills = 0;
        for (Account account : accounts.all()) {
            fills += tape.fillCount(account.memberId());
            MemberOrders orders = registry.member(account.memberId());
            if (orders == null) {
                continue;
            }
            for (BookOrder order : orders.oldestFirst()) {
                liveOrders++;
                if (!order.isResting() && !order.finishedQueued()) {
                    violations.add(order + " finished but not queued for the historical store");
                }
            }
        }
        if (liveOrders != registry.size()) {
            violations.add("members hold " + liveOrders + " live orders but the engine " + registry.size());
        }
        if (fills != 2L * tape.size()) {
            violations.add(fills + " live fills for " + tape.size() + " live trades (two fills a trade)");
        }
    }
}
