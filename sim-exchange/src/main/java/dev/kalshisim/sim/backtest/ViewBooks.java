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
 * <p>Each market's two ladders are arrays indexed by price units with a bit set per non-empty
 * level, so applying a record is two array writes and building a view walks only the set bits.
 */
final class ViewBooks {

    private static final int LEVELS = (int) Price.SCALE + 1;
    private static final int WORDS = (LEVELS + 63) >>> 6;

    private final long[][][] sizes;
    private final long[][][] present;
    private final boolean[] trusted;
    private final FillModel model;
    private final StrategyOrders own;

    ViewBooks(int marketCount, FillModel model, StrategyOrders own) {
        this.sizes = new long[marketCount][3][];
        this.present = new long[marketCount][3][];
        this.trusted = new boolean[marketCount];
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
                return false;
            }
            case ReplayKind.SNAPSHOT_LEVEL -> {
                set(market, record.side(), (int) record.priceUnits(), record.quantity());
                return false;
            }
            case ReplayKind.SNAPSHOT_END -> {
                trusted[market] = true;
                return true;
            }
            case ReplayKind.DELTA -> {
                int side = record.side();
                int price = (int) record.priceUnits();
                long[] ladder = ladder(market, side);
                set(market, side, price, Math.max(0, ladder[price] + record.quantity()));
                return trusted[market];
            }
            default -> {
                return false;
            }
        }
    }

    /** The strategy's view of {@code market} now; empty until the recording's first snapshot of it. */
    BookView view(int market, String ticker) {
        if (!trusted[market]) {
            return BookView.empty(ticker);
        }
        return new BookView(ticker, levels(market, ReplayLogFormat.SIDE_YES), levels(market, ReplayLogFormat.SIDE_NO));
    }

    /**
     * The recorded book's best bid on {@code side} of {@code market}, in units on that side's leg,
     * or -1 when the side is empty (what the strategy took is not subtracted here).
     */
    int bestRecorded(int market, int side) {
        long[] bits = present[market][side];
        if (bits == null) {
            return -1;
        }
        for (int word = WORDS - 1; word >= 0; word--) {
            if (bits[word] != 0) {
                return (word << 6) + 63 - Long.numberOfLeadingZeros(bits[word]);
            }
        }
        return -1;
    }

    private List<BookLevel> levels(int market, int side) {
        long[] ladder = ladder(market, side);
        long[] bits = present[market][side];
        boolean withOwn = own.restsIn(market);
        List<BookLevel> out = new ArrayList<>();
        for (int word = WORDS - 1; word >= 0; word--) {
            long set = bits[word] | (withOwn ? own.ownWord(market, side, word) : 0L);
            while (set != 0) {
                int bit = 63 - Long.numberOfLeadingZeros(set);
                set &= ~(1L << bit);
                int price = (word << 6) + bit;
                if (price <= 0 || price >= LEVELS - 1) {
                    continue;
                }
                long size = Math.max(0, ladder[price] - model.depleted(market, side, price));
                if (withOwn) {
                    size += own.ownAt(market, side, price);
                }
                if (size > 0) {
                    out.add(BookLevel.of(Price.ofUnits(price), Count.ofHundredths(size)));
                }
            }
        }
        return out;
    }

    private void set(int market, int side, int price, long size) {
        if (price < 0 || price >= LEVELS || (side != ReplayLogFormat.SIDE_YES && side != ReplayLogFormat.SIDE_NO)) {
            return;
        }
        long[] ladder = ladder(market, side);
        ladder[price] = size;
        long[] bits = present[market][side];
        if (size > 0) {
            bits[price >>> 6] |= 1L << (price & 63);
        } else {
            bits[price >>> 6] &= ~(1L << (price & 63));
        }
    }

    private void clear(int market) {
        for (int side = ReplayLogFormat.SIDE_YES; side <= ReplayLogFormat.SIDE_NO; side++) {
            if (sizes[market][side] == null) {
                continue;
            }
            long[] bits = present[market][side];
            long[] ladder = sizes[market][side];
            for (int word = 0; word < WORDS; word++) {
                long set = bits[word];
                while (set != 0) {
                    int bit = Long.numberOfTrailingZeros(set);
                    set &= set - 1;
                    ladder[(word << 6) + bit] = 0;
                }
                bits[word] = 0;
            }
        }
    }

    private long[] ladder(int market, int side) {
        long[] ladder = sizes[market][side];
        if (ladder == null) {
            ladder = new long[LEVELS];
            sizes[market][side] = ladder;
            present[market][side] = new long[WORDS];
        }
        return ladder;
    }
}
