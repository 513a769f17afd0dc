package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.Trade;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
final class Retention {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    private final EngineState state;
    private final LiveWindow window;
    private final HistorySink sink;
    private long failures;

    Retention(EngineState state, LiveWindow window, HistorySink sink) {
        this.state = state;
        this.window = window;
        this.sink = sink;
    }

    /** One eviction round. */
    void evict() {
        long now = state.now();
        long span = window.windowNanos();
        long horizon = now < Long.MIN_VALUE + span ? Long.MIN_VALUE : now - span;
        if (!due(state.trades, LiveTrade::nanos, horizon, window.maxTrades())
                && !due(state.finishedOrders, o -> o.lastUpdateNanos, horizon, window.maxFinishedOrders())
                && !due(state.settledMarkets, m -> m.settledNanos, horizon, window.maxSettledMarkets())) {
            return; // the common case, checked without allocating
        }
        int[] budget = {window.evictionBudget()};
        List<LiveTrade> trades = plan(state.trades, LiveTrade::nanos, horizon, window.maxTrades(), budget);
        List<OrderState> orders = plan(state.finishedOrders, o -> o.lastUpdateNanos, horizon,
                window.maxFinishedOrders(), budget);
        List<MarketState> markets = plan(state.settledMarkets, m -> m.settledNanos, horizon,
                window.maxSettledMarkets(), budget);
        if (trades.isEmpty() && orders.isEmpty() && markets.isEmpty()) {
            return;
        }
        Instant marketCut = cutoff(markets, state.settledMarkets, m -> m.settledNanos, horizon,
                state.cutoffs.marketSettled());
        Cutoffs next = state.cutoffs.max(new Cutoffs(marketCut,
                cutoff(trades, state.trades, LiveTrade::nanos, horizon, state.cutoffs.tradesCreated()),
                cutoff(orders, state.finishedOrders, o -> o.lastUpdateNanos, horizon, state.cutoffs.ordersUpdated()),
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
        state.cutoffs = next;
    }

    private static <T> boolean due(ArrayDeque<T> queue, ToLongFunction<T> time, long horizon, int cap) {
        T head = queue.peekFirst();
        return head != null && (queue.size() > cap || time.applyAsLong(head) < horizon);
    }

    /**
     * The head of {@code queue} that must leave: items older than {@code horizon} and those past
     * {@code cap}, within the budget, plus any that share the last one's time (a cutoff is a time,
     * so items of one instant leave together).
     */
    private static <T> List<T> plan(ArrayDeque<T> queue, ToLongFunction<T> time, long horizon, int cap, int[] budget) {
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

    private static <T> Instant cutoff(List<T> moved, ArrayDeque<T> queue, ToLongFunction<T> time, long horizon,
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

    private static <T> T nth(ArrayDeque<T> queue, int index) {
        Iterator<T> it = queue.iterator();
        for (int i = 0; i < index; i++) {
            it.next();
        }
        return it.next();
    }

    private Archived batch(List<LiveTrade> trades, List<OrderState> orders, List<MarketState> markets, Cutoffs cutoffs,
            long now) {
        List<Trade> tradeViews = new ArrayList<>(trades.size());
        List<Archived.MemberFill> fills = new ArrayList<>(trades.size() * 2);
        for (LiveTrade live : trades) {
            tradeViews.add(live.trade());
            fills.add(new Archived.MemberFill(live.maker().memberId, live.makerFill()));
            fills.add(new Archived.MemberFill(live.taker().memberId, live.takerFill()));
        }
        List<Order> orderViews = new ArrayList<>(orders.size());
        for (OrderState order : orders) {
            // An order a refused command took back after publishing it is no longer the engine's: skip it.
            if (state.orders.get(order.id) == order) {
                orderViews.add(Views.order(order));
            }
        }
        List<Archived.ArchivedMarket> marketViews = new ArrayList<>(markets.size());
        for (MarketState market : markets) {
            List<Archived.MemberPosition> positions = new ArrayList<>();
            for (Account account : state.accounts.values()) {
                PositionState position = account.positions.get(market.ticker);
                if (position != null && position.isReportable()) {
                    positions.add(new Archived.MemberPosition(account.memberId, Views.position(position)));
                }
            }
            marketViews.add(new Archived.ArchivedMarket(Views.market(market, now), market.event.series.spec.ticker(),
                    positions));
        }
        return new Archived(tradeViews, fills, orderViews, marketViews, cutoffs);
    }

    private void forget(List<LiveTrade> trades, List<OrderState> orders, List<MarketState> markets) {
        for (LiveTrade live : trades) {
            state.trades.pollFirst();
            if (live.market().trades.peekFirst() == live.trade()) {
                live.market().trades.pollFirst();
            } else {
                live.market().trades.removeFirstOccurrence(live.trade());
            }
            removeFill(live.maker(), live.makerFill());
            removeFill(live.taker(), live.takerFill());
        }
        for (OrderState order : orders) {
            state.finishedOrders.pollFirst();
            if (state.orders.get(order.id) == order) {
                state.orders.remove(order.id);
                state.accounts.get(order.memberId).orders.remove(order.acceptanceIndex);
            }
        }
        for (MarketState market : markets) {
            state.settledMarkets.pollFirst();
            for (Account account : state.accounts.values()) {
                account.positions.remove(market.ticker);
                account.collateralBooks.remove(market.ticker);
            }
            state.catalog.removeMarket(market);
        }
    }

    /** Fills leave oldest first, so the one to drop is at the head; the search is only a safety net. */
    private static void removeFill(Account account, Fill fill) {
        if (account.fills.peekFirst() == fill) {
            account.fills.pollFirst();
        } else {
            account.fills.removeFirstOccurrence(fill);
        }
    }

    /** Adds what is wrong with the live sets to {@code violations}. */
    void check(List<String> violations) {
        long liveOrders = 0;
        long fills = 0;
        for (Account account : state.accounts.values()) {
            liveOrders += account.orders.size();
            fills += account.fills.size();
            for (OrderState order : account.orders.values()) {
                if (!order.isResting() && !order.finishedQueued) {
                    violations.add(order + " finished but not queued for the historical store");
                }
            }
        }
        if (liveOrders != state.orders.size()) {
            violations.add("members hold " + liveOrders + " live orders but the engine " + state.orders.size());
        }
        if (fills != 2L * state.trades.size()) {
            violations.add(fills + " live fills for " + state.trades.size() + " live trades (two fills a trade)");
        }
    }
}
