package dev.kalshisim.sim.replay.playback;

import static dev.kalshisim.data.replay.ReplayLogFormat.SIDE_NO;
import static dev.kalshisim.data.replay.ReplayLogFormat.SIDE_YES;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.sim.engine.TradingPort;
import dev.kalshisim.sim.engine.order.CancelResult;
import dev.kalshisim.sim.engine.order.DecreaseCommand;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * One recorded market's book in the engine: the recorded size of every level, and the replay
 * member's resting orders that show it. Each change the recording makes to a level is applied by
 * moving the engine's replay quantity there to the level's target:
 * <ul>
 *   <li>more: a new replay order at the back of the level, behind any bot order already resting;
 *   <li>less: replay orders shrink newest first (the back of the queue), so a bot's order moves
 *       up only when no replay quantity is left behind it;
 *   <li>a recorded trade: a taker from the second replay member, IOC at the trade's price for its
 *       count, which consumes the level in the engine's FIFO order (replay orders ahead of a bot's
 *       order, then the bot's order).
 * </ul>
 * A level that would cross replay quantity on the other side (a briefly crossed recorded book) is
 * held back, not placed, until the crossing clears; replay orders never trade with each other
 * except as recorded trades. Not thread-safe: the {@link Playback} serializes calls.
 */
final class ReplayMarket {

    /** How long a trade's debt or an unexplained decrease waits for its counterpart, in recorded time. */
    static final long PAIRING_WINDOW_NANOS = 1_000_000_000L;
    private static final long ONE_DOLLAR = 10_000;

    final int index;
    final String ticker;
    final String makerId;
    private final String takerId;
    private final ReplayOrders remaining;
    private final PlaybackCounters counters;
    private final NavigableMap<Long, ReplayLevel> yes = new TreeMap<>();
    private final NavigableMap<Long, ReplayLevel> no = new TreeMap<>();
    private final Set<ReplayLevel> heldBack = new LinkedHashSet<>();
    private Map<ReplayLevel, Long> snapshot;
    /** The last recorded lifecycle word and result, re-applied after a reset. */
    String lifecycle;
    String result;

    ReplayMarket(int index, String ticker, String makerId, String takerId, ReplayOrders remaining,
            PlaybackCounters counters) {
        this.index = index;
        this.ticker = ticker;
        this.makerId = makerId;
        this.takerId = takerId;
        this.remaining = remaining;
        this.counters = counters;
    }

    // ---- recorded book records ----

    void snapshotBegin() {
        snapshot = new java.util.LinkedHashMap<>();
    }

    void snapshotLevel(int side, long price, long size) {
        if (snapshot == null) {
            snapshotBegin();
        }
        snapshot.merge(level(side, price), Math.max(0, size), Long::sum);
    }

    /** The snapshot is complete: every level takes its recorded size, shrinking first, then growing. */
    void snapshotEnd(TradingPort engine) {
        Map<ReplayLevel, Long> sizes = snapshot == null ? Map.of() : snapshot;
        snapshot = null;
        List<ReplayLevel> all = new ArrayList<>(yes.values());
        all.addAll(no.values());
        for (ReplayLevel level : all) {
            level.recorded = sizes.getOrDefault(level, 0L);
            level.clearPending();
        }
        reconcileAll(engine);
    }

    void delta(TradingPort engine, int side, long price, long change, long recvNanos) {
        ReplayLevel level = level(side, price);
        expire(level, recvNanos);
        level.recorded = Math.max(0, level.recorded + change);
        if (change < 0) {
            long decrease = -change;
            long paid = Math.min(level.debt, decrease);
            level.debt -= paid;
            long rest = decrease - paid;
            if (rest > 0) {
                level.unexplained += rest;
                level.unexplainedAt = recvNanos;
            }
        }
        reconcile(engine, level);
        retryHeldBack(engine);
    }

    /**
     * A recorded trade: {@code takerSide} bought its side at YES price {@code yesPrice}. With no
     * taker side recorded, the side whose recorded level holds the price is taken to be the maker.
     */
    void trade(TradingPort engine, long yesPrice, long count, int takerSide, long recvNanos) {
        if (count <= 0 || yesPrice <= 0 || yesPrice >= ONE_DOLLAR) {
            counters.skipped++;
            return;
        }
        int taker = takerSide;
        if (taker != SIDE_YES && taker != SIDE_NO) {
            ReplayLevel bid = yes.get(yesPrice);
            ReplayLevel ask = no.get(ONE_DOLLAR - yesPrice);
            taker = bid != null && bid.recorded > 0 ? SIDE_NO : ask != null && ask.recorded > 0 ? SIDE_YES : 0;
            if (taker == 0) {
                counters.skipped++;
                return;
            }
        }
        // A YES taker buys from NO bids at 1 - p; a NO taker sells YES into the YES bids at p.
        ReplayLevel level = taker == SIDE_YES ? level(SIDE_NO, ONE_DOLLAR - yesPrice) : level(SIDE_YES, yesPrice);
        expire(level, recvNanos);
        long credit = Math.min(count, level.unexplained);
        level.unexplained -= credit;
        level.debt += count - credit;
        level.debtAt = recvNanos;
        BookSide side = taker == SIDE_YES ? BookSide.BID : BookSide.ASK;
        long left = count;
        while (left > 0) {
            long chunk = Math.min(left, engine.limits().maxOrderCount());
            OrderResult result = engine.placeOrder(PlaceOrder.limit(takerId, ticker, side, Price.ofUnits(yesPrice),
                    Count.ofHundredths(chunk)).withTimeInForce(TimeInForce.IMMEDIATE_OR_CANCEL));
            note(result);
            left -= chunk;
        }
        reconcile(engine, level);
        retryHeldBack(engine);
    }

    /** Every level to its target again (after a snapshot, a reactivation or a reset). */
    void reconcileAll(TradingPort engine) {
        List<ReplayLevel> all = new ArrayList<>(yes.values());
        all.addAll(no.values());
        // Shrink everything first, so a level that grows never meets replay quantity about to leave.
        for (ReplayLevel level : all) {
            if (level.target() < quantity(level)) {
                reconcile(engine, level);
            }
        }
        for (ReplayLevel level : all) {
            if (level.target() > quantity(level)) {
                reconcile(engine, level);
            }
        }
        retryHeldBack(engine);
    }

    /** Forgets every replay order (the engine was replaced, or its orders were canceled wholesale). */
    void forgetOrders() {
        for (ReplayLevel level : yes.values()) {
            level.orders.clear();
            level.clearPending();
        }
        for (ReplayLevel level : no.values()) {
            level.orders.clear();
            level.clearPending();
        }
        heldBack.clear();
    }

    /** The recorded book: price on each side's own leg to size, ascending; zero levels left out. */
    NavigableMap<Long, Long> recorded(int side) {
        NavigableMap<Long, Long> out = new TreeMap<>();
        for (ReplayLevel level : (side == SIDE_YES ? yes : no).values()) {
            if (level.recorded > 0) {
                out.put(level.price, level.recorded);
            }
        }
        return out;
    }

    int heldBackCount() {
        return heldBack.size();
    }

    // ---- keeping the engine at the target ----

    private void reconcile(TradingPort engine, ReplayLevel level) {
        long target = level.target();
        long current = quantity(level);
        if (target < current) {
            shrink(engine, level, current - target);
        } else if (target > current) {
            grow(engine, level, target);
        } else {
            heldBack.remove(level);
        }
    }

    /** Takes {@code amount} off the level's replay orders, newest first. */
    private void shrink(TradingPort engine, ReplayLevel level, long amount) {
        heldBack.remove(level);
        while (amount > 0 && !level.orders.isEmpty()) {
            String id = level.orders.peekLast();
            long rest = remaining.of(id);
            if (rest <= amount) {
                level.orders.pollLast();
                if (rest > 0) {
                    note(engine.cancelOrder(makerId, id));
                }
                amount -= rest;
            } else {
                note(engine.decreaseOrder(DecreaseCommand.by(makerId, id, Count.ofHundredths(amount))));
                amount = 0;
            }
        }
    }

    /**
     * Adds replay orders at the back of the level until it shows {@code target}, unless that would
     * cross replay quantity on the other side; a placement that meets a bot's crossing order trades
     * with it (the recorded participant would have), and the level is topped up again a few times.
     */
    private void grow(TradingPort engine, ReplayLevel level, long target) {
        if (crossesReplay(level)) {
            if (heldBack.add(level)) {
                counters.heldBack++;
            }
            return;
        }
        heldBack.remove(level);
        BookSide side = level.side == SIDE_YES ? BookSide.BID : BookSide.ASK;
        Price yesPrice = Price.ofUnits(level.side == SIDE_YES ? level.price : ONE_DOLLAR - level.price);
        for (int attempt = 0; attempt < 4; attempt++) {
            long need = target - quantity(level);
            if (need <= 0) {
                return;
            }
            boolean filled = false;
            while (need > 0) {
                long chunk = Math.min(need, engine.limits().maxOrderCount());
                OrderResult result = engine.placeOrder(PlaceOrder.limit(makerId, ticker, side, yesPrice,
                        Count.ofHundredths(chunk)));
                if (!note(result)) {
                    return;
                }
                if (result.remainingCount().isPositive()) {
                    // Its remaining count is already known: the engine's event came before the call returned.
                    level.orders.addLast(result.orderId());
                }
                filled |= !result.fills().isEmpty();
                need -= chunk;
            }
            if (!filled) {
                return;
            }
        }
    }

    /** Whether replay quantity rests on the other side at a price this level would trade with. */
    private boolean crossesReplay(ReplayLevel level) {
        NavigableMap<Long, ReplayLevel> other = level.side == SIDE_YES ? no : yes;
        for (ReplayLevel opposite : other.tailMap(ONE_DOLLAR - level.price, true).values()) {
            if (quantity(opposite) > 0) {
                return true;
            }
        }
        return false;
    }

    private void retryHeldBack(TradingPort engine) {
        if (heldBack.isEmpty()) {
            return;
        }
        // Each stays in the set while it still crosses (and is counted once), and leaves it once placed.
        for (ReplayLevel level : new ArrayList<>(heldBack)) {
            reconcile(engine, level);
        }
    }

    /** The engine's replay quantity at the level: the remaining counts of its live replay orders. */
    private long quantity(ReplayLevel level) {
        long total = 0;
        Iterator<String> it = level.orders.iterator();
        while (it.hasNext()) {
            long rest = remaining.of(it.next());
            if (rest <= 0) {
                it.remove();
            } else {
                total += rest;
            }
        }
        return total;
    }

    /** A trade's debt or a decrease waiting for its trade lapses after the pairing window. */
    private static void expire(ReplayLevel level, long recvNanos) {
        if (level.debt > 0 && recvNanos - level.debtAt > PAIRING_WINDOW_NANOS) {
            level.debt = 0;
        }
        if (level.unexplained > 0 && recvNanos - level.unexplainedAt > PAIRING_WINDOW_NANOS) {
            level.unexplained = 0;
        }
    }

    private ReplayLevel level(int side, long price) {
        NavigableMap<Long, ReplayLevel> book = side == SIDE_YES ? yes : no;
        ReplayLevel level = book.get(price);
        if (level == null) {
            level = new ReplayLevel(side == SIDE_YES ? SIDE_YES : SIDE_NO, price);
            book.put(price, level);
        }
        return level;
    }

    private boolean note(OrderResult result) {
        if (!result.isAccepted()) {
            counters.refused(ticker + ": " + result.reject().wireCode() + " " + result.message());
            return false;
        }
        return true;
    }

    private void note(CancelResult result) {
        if (!result.isAccepted()) {
            counters.refused(ticker + ": " + result.reject().wireCode() + " " + result.message());
        }
    }
}
