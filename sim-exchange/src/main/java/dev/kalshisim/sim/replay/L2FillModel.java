package dev.kalshisim.sim.replay;

import static dev.kalshisim.data.replay.ReplayLogFormat.NO_QUANTITY;
import static dev.kalshisim.data.replay.ReplayLogFormat.SIDE_NO;
import static dev.kalshisim.data.replay.ReplayLogFormat.SIDE_YES;
import static dev.kalshisim.sim.replay.SideLevels.MAX_UNITS;

import dev.kalshisim.data.replay.ReplayCursor;
import dev.kalshisim.data.replay.ReplayKind;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The {@code l2} fill model: the recorded books (snapshots and deltas) and trades are the rest of
 * the market, and each resting strategy order stands in its level's queue behind the displayed
 * quantity it found there (docs/fill-models.md).
 *
 * <ul>
 *   <li>A recorded trade hits the maker side (the side opposite its taker): strategy orders priced
 *       better than the trade fill first, best first; at the trade's level the trade takes the
 *       recorded quantity ahead of each order before the order.</li>
 *   <li>The level's delta that follows a trade is not a cancel; nor is a decrease whose trade
 *       prints just after it (the two are matched within {@link #RECONCILE_NANOS}).</li>
 *   <li>A decrease no trade explains is a cancel, split ahead of or behind each order by the queue
 *       model; an increase joins behind.</li>
 *   <li>A recorded order arriving at a price that crosses a resting strategy order (as a delta, or
 *       as growth between two snapshots) is a taker that would have met the strategy's order
 *       first: it fills it, and what it used is depleted from the recorded level.</li>
 *   <li>What the strategy takes is depleted from its level until the recording refreshes the level
 *       (a delta there, or a snapshot).</li>
 * </ul>
 *
 * <p>When it reports a fill the model lowers the order's remaining count itself, and an order it
 * filled completely leaves its queue at once; the engine's {@code resized} or {@code left} for it
 * afterwards only confirms (unknown ids are ignored). Fills are reported after the record is fully
 * applied, so the sink may call back into the model.
 *
 * <p>{@link #apply} costs a few array writes when no strategy order rests at the level touched, and
 * allocates nothing.
 */
public final class L2FillModel implements FillModel {

    public static final String NAME = "l2";

    /**
     * How far apart a trade print and its level's delta may arrive and still be matched. Kalshi
     * sends them on two channels, stamped with the same exchange time; their receive times differ
     * by the feed's jitter, far less than this.
     */
    public static final long RECONCILE_NANOS = 1_000_000_000L;

    private final QueueModel queue;
    private final SplittableRandom random;
    /** Per market, its two sides indexed by SIDE_YES and SIDE_NO (index 0 unused); created on first use. */
    private SideLevels[][] books;
    /** Whether each market's book is complete (a snapshot has ended and none is being read). */
    private boolean[] trusted;
    private final StrategyQueues orders = new StrategyQueues((market, side) -> sides(market)[side]);
    private final FillBuffer fills = new FillBuffer();

    public L2FillModel(QueueModel queue, SplittableRandom random, int marketCount) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.random = Objects.requireNonNull(random, "random");
        this.books = new SideLevels[Math.max(1, marketCount)][];
        this.trusted = new boolean[books.length];
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String queueModel() {
        return queue.name();
    }

    @Override
    public void apply(ReplayCursor record, FillSink sink) {
        switch (record.kind()) {
            case ReplayKind.DELTA:
                delta(record.marketIndex(), record.side(), (int) record.priceUnits(), record.quantity(),
                        record.recvNanos());
                break;
            case ReplayKind.TRADE:
                trade(record.marketIndex(), record.side(), (int) record.priceUnits(), record.quantity(),
                        record.recvNanos());
                break;
            case ReplayKind.SNAPSHOT_LEVEL:
                snapshotLevel(record.marketIndex(), record.side(), (int) record.priceUnits(), record.quantity());
                break;
            case ReplayKind.SNAPSHOT_BEGIN:
                snapshotBegin(record.marketIndex());
                break;
            case ReplayKind.SNAPSHOT_END:
                snapshotEnd(record.marketIndex());
                break;
            default:
                return;
        }
        if (!fills.isEmpty()) {
            settle(sink);
        }
    }

    // ---- the recording

    private void snapshotBegin(int market) {
        SideLevels[] sides = sides(market);
        sides[SIDE_YES].clearBook();
        sides[SIDE_NO].clearBook();
        trusted[market] = false;
    }

    private void snapshotLevel(int market, int side, int price, long size) {
        if (!isSide(side) || !isPrice(price) || size == NO_QUANTITY) {
            return;
        }
        SideLevels levels = sides(market)[side];
        int slot = levels.slotOf(price);
        levels.size[slot] = size;
        if (size > 0 && slot > levels.topSlot) {
            levels.topSlot = slot;
        }
    }

    private void snapshotEnd(int market) {
        SideLevels[] sides = sides(market);
        trusted[market] = true;
        for (int side = SIDE_YES; side <= SIDE_NO; side++) {
            SideLevels levels = sides[side];
            if (levels.orderCount == 0) {
                continue;
            }
            // The book is new: nobody can have more ahead than the level now shows.
            for (int slot = levels.worstOrderSlot; slot <= levels.bestOrderSlot; slot++) {
                if (levels.head[slot] != null) {
                    SideLevels.normalize(levels.head[slot], levels.displayed(slot));
                }
            }
        }
        // What a snapshot shows beyond the last one at a price crossing a strategy order arrived in
        // between (typically during a gap): those arrivals were takers against the strategy.
        for (int side = SIDE_YES; side <= SIDE_NO; side++) {
            SideLevels arriving = sides[side];
            SideLevels resting = sides[opposite(side)];
            if (resting.orderCount == 0) {
                continue;
            }
            int threshold = MAX_UNITS - resting.priceOf(resting.bestOrderSlot);
            for (int slot = arriving.topSlot; slot >= arriving.firstSlotAtOrAbove(threshold); slot--) {
                long added = arriving.size[slot] - arriving.previous[slot];
                if (added > 0) {
                    crossArrival(arriving, resting, slot, added);
                }
            }
        }
    }

    private void delta(int market, int side, int price, long change, long now) {
        if (!isSide(side) || !isPrice(price) || change == NO_QUANTITY || change == 0) {
            return;
        }
        SideLevels[] sides = sides(market);
        SideLevels levels = sides[side];
        int slot = levels.slotOf(price);
        long displayedBefore = levels.displayed(slot);
        levels.size[slot] += change;
        levels.depleted[slot] = 0; // the recording refreshed the level
        if (change > 0) {
            if (slot > levels.topSlot) {
                levels.topSlot = slot;
            }
            SideLevels resting = sides[opposite(side)];
            if (resting.orderCount > 0) {
                crossArrival(levels, resting, slot, change);
            }
            return;
        }
        long decrease = -change;
        long explained = 0;
        long pending = levels.pending[slot];
        if (pending > 0) {
            if (now - levels.pendingNanos[slot] <= RECONCILE_NANOS) {
                explained = Math.min(decrease, pending);
                levels.pending[slot] = pending - explained;
            } else {
                levels.pending[slot] = 0;
            }
        }
        long cancel = decrease - explained;
        if (cancel > 0) {
            if (now - levels.unexplainedNanos[slot] > RECONCILE_NANOS) {
                levels.unexplained[slot] = 0;
            }
            levels.unexplained[slot] += cancel;
            levels.unexplainedNanos[slot] = now;
        }
        if (levels.head[slot] != null) {
            // The trade that explains part of the decrease took its share of the queue already.
            cancelAtOrders(levels, slot, cancel, Math.max(0, displayedBefore - explained), now);
        }
    }

    private void cancelAtOrders(SideLevels levels, int slot, long cancel, long shownBefore, long now) {
        QueuedOrder first = levels.head[slot];
        if (cancel > 0) {
            for (QueuedOrder o = first; o != null; o = o.next) {
                long ahead = Math.min(o.ahead, shownBefore);
                long behind = shownBefore - ahead;
                long share = queue.aheadShare(cancel, ahead, behind, random);
                share = Math.max(0, Math.min(share, Math.min(cancel, ahead)));
                o.ahead = ahead - share;
                o.lastCancel = cancel;
                o.lastCancelShare = share;
                o.lastCancelNanos = now;
            }
        }
        SideLevels.normalize(first, levels.displayed(slot));
    }

    private void trade(int market, int takerSide, int yesPrice, long count, long now) {
        if (yesPrice <= 0 || yesPrice >= MAX_UNITS || count <= 0 || count == NO_QUANTITY) {
            return;
        }
        SideLevels[] sides = sides(market);
        int makerSide = takerSide == SIDE_YES ? SIDE_NO
                : takerSide == SIDE_NO ? SIDE_YES
                : inferMaker(sides, yesPrice);
        if (makerSide == 0) {
            return;
        }
        SideLevels levels = sides[makerSide];
        int levelPrice = makerSide == SIDE_YES ? yesPrice : MAX_UNITS - yesPrice;
        int slot = levels.slotOf(levelPrice);
        long early = 0;
        long unexplained = levels.unexplained[slot];
        if (unexplained > 0) {
            if (now - levels.unexplainedNanos[slot] <= RECONCILE_NANOS) {
                early = Math.min(count, unexplained);
                levels.unexplained[slot] = unexplained - early;
                if (levels.head[slot] != null) {
                    undoCancels(levels.head[slot], early, now);
                }
            } else {
                levels.unexplained[slot] = 0;
            }
        }
        long late = count - early;
        if (late > 0) {
            if (now - levels.pendingNanos[slot] > RECONCILE_NANOS) {
                levels.pending[slot] = 0;
            }
            levels.pending[slot] += late;
            levels.pendingNanos[slot] = now;
        }
        if (levels.orderCount == 0) {
            return;
        }
        long left = count;
        if (levels.bestOrderSlot > slot) {
            left = QueueWalk.sweep(levels, levels.bestOrderSlot, slot + 1, left, fills);
        }
        if (left > 0 && levels.head[slot] != null) {
            QueueWalk.trade(levels, slot, left, levels.displayed(slot), fills);
        }
    }

    /**
     * A decrease taken for a cancel turned out to be this trade's: the orders get back the places
     * that cancel gave them, and the trade then moves them as trades do.
     */
    private static void undoCancels(QueuedOrder first, long explained, long now) {
        for (QueuedOrder o = first; o != null; o = o.next) {
            if (o.lastCancel <= 0 || now - o.lastCancelNanos > RECONCILE_NANOS) {
                continue;
            }
            long part = Math.min(explained, o.lastCancel);
            long restore = mulDiv(o.lastCancelShare, part, o.lastCancel);
            o.ahead += restore;
            o.lastCancelShare -= restore;
            o.lastCancel -= part;
        }
    }

    /** A recorded order of {@code quantity} at {@code slot} of {@code arriving} crossing the strategy's orders. */
    private void crossArrival(SideLevels arriving, SideLevels resting, int slot, long quantity) {
        int threshold = MAX_UNITS - arriving.priceOf(slot);
        int lowest = resting.firstSlotAtOrAbove(threshold);
        if (resting.bestOrderSlot < lowest) {
            return;
        }
        long left = QueueWalk.sweep(resting, resting.bestOrderSlot, lowest, quantity, fills);
        arriving.depleted[slot] += quantity - left;
    }

    private static int inferMaker(SideLevels[] sides, int yesPrice) {
        // A consistent book never holds both: a YES bid at P and a NO bid at 1 - P would have crossed.
        int yes = sides[SIDE_YES].existingSlot(yesPrice);
        if (yes >= 0 && sides[SIDE_YES].size[yes] > 0) {
            return SIDE_YES;
        }
        int no = sides[SIDE_NO].existingSlot(MAX_UNITS - yesPrice);
        if (no >= 0 && sides[SIDE_NO].size[no] > 0) {
            return SIDE_NO;
        }
        return 0;
    }

    private void settle(FillSink sink) {
        orders.settle(fills, sink);
    }

    // ---- the strategy's orders

    @Override
    public void joined(StrategyOrder order) {
        StrategyQueues.checkRestable(order);
        orders.join(order, SideLevels::displayed);
    }

    @Override
    public void resized(String orderId, long remaining) {
        orders.resized(orderId, remaining);
    }

    @Override
    public void left(String orderId) {
        orders.left(orderId);
    }

    /** Recorded hundredths ahead of a resting order, or -1 when it does not rest here. */
    public long queueAhead(String orderId) {
        return orders.queueAhead(orderId);
    }

    // ---- what an arriving order may take

    @Override
    public void takeable(int market, int takerSide, int limitUnits, LevelSink levels) {
        if (!isSide(takerSide)) {
            throw new IllegalArgumentException("not a side: " + takerSide);
        }
        if (market < 0 || market >= books.length || !trusted[market]) {
            return;
        }
        SideLevels book = sides(market)[opposite(takerSide)];
        int lowest = book.firstSlotAtOrAbove(MAX_UNITS - limitUnits);
        for (int slot = book.topSlot; slot >= lowest; slot--) {
            long shown = book.displayed(slot);
            if (shown > 0) {
                levels.level(book.side, book.priceOf(slot), shown);
            }
        }
    }

    @Override
    public void taken(int market, int side, int priceUnits, long quantity) {
        if (!isSide(side) || !isPrice(priceUnits)) {
            throw new IllegalArgumentException("not a level: side " + side + " price " + priceUnits);
        }
        SideLevels levels = sides(market)[side];
        levels.depleted[levels.slotOf(priceUnits)] += quantity;
    }

    @Override
    public long depleted(int market, int side, int priceUnits) {
        if (!isSide(side) || market < 0 || market >= books.length || books[market] == null) {
            return 0;
        }
        SideLevels levels = books[market][side];
        int slot = levels.existingSlot(priceUnits);
        return slot < 0 ? 0 : levels.depleted[slot];
    }

    /** The recorded size at a level, as the model holds it (for tools and tests). */
    public long recordedSize(int market, int side, int priceUnits) {
        if (!isSide(side) || market < 0 || market >= books.length || books[market] == null) {
            return 0;
        }
        SideLevels levels = books[market][side];
        int slot = levels.existingSlot(priceUnits);
        return slot < 0 ? 0 : levels.size[slot];
    }

    // ---- plumbing

    private SideLevels[] sides(int market) {
        if (market >= books.length) {
            int grown = Math.max(market + 1, books.length * 2);
            books = Arrays.copyOf(books, grown);
            trusted = Arrays.copyOf(trusted, grown);
        }
        SideLevels[] sides = books[market];
        if (sides == null) {
            sides = new SideLevels[] {null, new SideLevels(SIDE_YES, true), new SideLevels(SIDE_NO, true)};
            books[market] = sides;
        }
        return sides;
    }

    static boolean isSide(int side) {
        return side == SIDE_YES || side == SIDE_NO;
    }

    static boolean isPrice(int price) {
        return price >= 0 && price <= MAX_UNITS;
    }

    static int opposite(int side) {
        return side == SIDE_YES ? SIDE_NO : SIDE_YES;
    }

    /** {@code a * b / c} rounded down, for {@code 0 <= b <= c}, without overflow. */
    static long mulDiv(long a, long b, long c) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if (high == 0 && low >= 0) {
            return low / c;
        }
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValueExact();
    }
}
