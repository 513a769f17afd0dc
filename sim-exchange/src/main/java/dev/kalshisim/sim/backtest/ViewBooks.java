package dev.kalshisim.sim.backtest;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.data.replay.ReplayCursor;
import dev.kalshisim.data.replay.ReplayKind;
import dev.kalshisim.data.replay.ReplayLogFormat;
import dev.kalshisim.sim.replay.FillModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The books as the strategy sees them: the recorded books, applied when the market data reaches
 * the strategy (the record's receive time plus market-data latency), less what the strategy took
 * and the recording has not refreshed, plus the strategy's own resting orders (Kalshi's book shows
 * one's own orders; the recording cannot).
 *
 * <p>Each market keeps its two ladders as arrays indexed by price units, and beside them the
 * strategy's view of each side as an immutable list, patched level by level: a delta replaces one
 * element, so handing the strategy a {@link BookView} after every record costs a copy of one side's
 * references instead of a walk of the ladder. A snapshot rebuilds both sides once, at its end.
 */
final class ViewBooks {

    private static final int LEVELS = (int) Price.SCALE + 1;
    private static final Price[] PRICES = new Price[LEVELS];

    static {
        for (int units = 0; units < LEVELS; units++) {
            PRICES[units] = Price.ofUnits(units);
        }
    }

    private final long[][][] sizes;
    private final boolean[] trusted;
    private final boolean[] inSnapshot;
    /** [market][side]: the strategy's view of the side, best first. */
    private final List<BookLevel>[][] views;
    private final FillModel model;
    private final StrategyOrders own;

    @SuppressWarnings("unchecked")
    ViewBooks(int marketCount, FillModel model, StrategyOrders own) {
        this.sizes = new long[marketCount][3][];
        this.trusted = new boolean[marketCount];
        this.inSnapshot = new boolean[marketCount];
        this.views = new List[marketCount][3];
        for (int market = 0; market < marketCount; market++) {
            views[market][ReplayLogFormat.SIDE_YES] = List.of();
            views[market][ReplayLogFormat.SIDE_NO] = List.of();
        }
        this.model = model;
        this.own = own;
    }

    /** Applies a book record; true when the market's book changed (a snapshot counts at its end). */
    boolean apply(ReplayCursor record) {
        int market = record.marketIndex();
        switch (record.kind()) {
            case ReplayKind.SNAPSHOT_BEGIN -> {
                clear(market);
                trusted[market] = false;
                inSnapshot[market] = true;
                return false;
            }
            case ReplayKind.SNAPSHOT_LEVEL -> {
                int side = record.side();
                int price = (int) record.priceUnits();
                if (valid(side, price)) {
                    ladder(market, side)[price] = Math.max(0, record.quantity());
                }
                return false;
            }
            case ReplayKind.SNAPSHOT_END -> {
                inSnapshot[market] = false;
                trusted[market] = true;
                rebuild(market, ReplayLogFormat.SIDE_YES);
                rebuild(market, ReplayLogFormat.SIDE_NO);
                return true;
            }
            case ReplayKind.DELTA -> {
                int side = record.side();
                int price = (int) record.priceUnits();
                if (!valid(side, price)) {
                    return false;
                }
                long[] ladder = ladder(market, side);
                ladder[price] = Math.max(0, ladder[price] + record.quantity());
                if (!trusted[market]) {
                    return false;
                }
                refresh(market, side, price);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * Recomputes one level of the strategy's view: the recording changed it, the strategy took from
     * it, or the strategy's own orders there changed.
     */
    void refresh(int market, int side, int price) {
        if (!trusted[market] || inSnapshot[market] || !valid(side, price)) {
            return;
        }
        List<BookLevel> current = views[market][side];
        long size = displayed(market, side, price);
        int at = indexOf(current, price);
        if (at >= 0) {
            if (size == current.get(at).size().hundredths()) {
                return;
            }
            BookLevel[] next = current.toArray(new BookLevel[0]);
            if (size > 0) {
                next[at] = level(price, size);
                views[market][side] = List.of(next);
            } else {
                BookLevel[] shorter = new BookLevel[next.length - 1];
                System.arraycopy(next, 0, shorter, 0, at);
                System.arraycopy(next, at + 1, shorter, at, next.length - at - 1);
                views[market][side] = List.of(shorter);
            }
        } else if (size > 0) {
            int insert = -at - 1;
            BookLevel[] longer = new BookLevel[current.size() + 1];
            for (int i = 0; i < insert; i++) {
                longer[i] = current.get(i);
            }
            longer[insert] = level(price, size);
            for (int i = insert; i < current.size(); i++) {
                longer[i + 1] = current.get(i);
            }
            views[market][side] = List.of(longer);
        }
    }

    /** The strategy's view of {@code market} now; empty until the recording's first snapshot of it. */
    BookView view(int market, String ticker) {
        if (!trusted[market]) {
            return BookView.empty(ticker);
        }
        return new BookView(ticker, views[market][ReplayLogFormat.SIDE_YES], views[market][ReplayLogFormat.SIDE_NO]);
    }

    /**
     * The recorded book's best bid on {@code side} of {@code market}, in units on that side's leg,
     * or -1 when the side is empty (what the strategy took is not subtracted here).
     */
    int bestRecorded(int market, int side) {
        long[] ladder = sizes[market][side];
        if (ladder == null) {
            return -1;
        }
        for (int price = LEVELS - 1; price >= 0; price--) {
            if (ladder[price] > 0) {
                return price;
            }
        }
        return -1;
    }

    private long displayed(int market, int side, int price) {
        long[] ladder = sizes[market][side];
        long recorded = ladder == null ? 0 : ladder[price];
        long size = Math.max(0, recorded - model.depleted(market, side, price));
        return size + own.ownAt(market, side, price);
    }

    /** Builds one side's view from its ladder: after a snapshot. */
    private void rebuild(int market, int side) {
        List<BookLevel> levels = new ArrayList<>();
        for (int price = LEVELS - 2; price >= 1; price--) {
            long size = displayed(market, side, price);
            if (size > 0) {
                levels.add(level(price, size));
            }
        }
        views[market][side] = List.copyOf(levels);
    }

    /** The index of {@code price} in a best-first list, or -(insertion point) - 1. */
    private static int indexOf(List<BookLevel> levels, int price) {
        int low = 0;
        int high = levels.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long at = levels.get(mid).price().units();
            if (at == price) {
                return mid;
            }
            if (at > price) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -low - 1;
    }

    private static BookLevel level(int price, long size) {
        return BookLevel.of(PRICES[price], Count.ofHundredths(size));
    }

    /** Levels at $0 and $1 are left out of the view: no strategy could trade against them. */
    private static boolean valid(int side, int price) {
        return price > 0 && price < LEVELS - 1 && (side == ReplayLogFormat.SIDE_YES || side == ReplayLogFormat.SIDE_NO);
    }

    private void clear(int market) {
        for (int side = ReplayLogFormat.SIDE_YES; side <= ReplayLogFormat.SIDE_NO; side++) {
            if (sizes[market][side] != null) {
                java.util.Arrays.fill(sizes[market][side], 0);
            }
            views[market][side] = List.of();
        }
    }

    private long[] ladder(int market, int side) {
        long[] ladder = sizes[market][side];
        if (ladder == null) {
            ladder = new long[LEVELS];
            sizes[market][side] = ladder;
        }
        return ladder;
    }
}
