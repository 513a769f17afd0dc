package dev.kalshisim.kalshi.stream.book;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.stream.OrderbookDelta;
import dev.kalshisim.core.wire.stream.OrderbookSnapshot;
import dev.kalshisim.core.wire.stream.PriceLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One market's order book rebuilt from {@code orderbook_snapshot} and {@code orderbook_delta}: YES
 * bids and NO bids (NO-leg prices), price to size in hundredths of a contract.
 *
 * <p>Sequence numbers are checked by the caller ({@link BookKeeper}), because they count per
 * subscription, not per market; this class records the last applied {@code sid}/{@code seq} and
 * guards the book's own consistency: a delta before the first snapshot is ignored (the snapshot
 * will include it), a level reaching zero is removed, and a level going negative invalidates the
 * book. An invalid book is empty until the next snapshot, so it can never be read as a wrong book.
 *
 * <p>Thread-safe: one thread applies messages; any thread may call {@link #snapshot()}, which
 * returns an immutable view copied under the book's lock (and cached until the next change).
 */
public final class LocalOrderBook {

    private final String marketTicker;
    private final NavigableMap<Long, Long> yesBids = new TreeMap<>();
    private final NavigableMap<Long, Long> noBids = new TreeMap<>();
    private BookState state = BookState.AWAITING_SNAPSHOT;
    private String invalidReason;
    private long sid;
    private long seq;
    private long version;
    private BookSnapshot cached;

    /** An empty book for {@code marketTicker}, awaiting its first snapshot. */
    public LocalOrderBook(String marketTicker) {
        this.marketTicker = Objects.requireNonNull(marketTicker, "marketTicker");
    }

    /** The market this book is of. */
    public String marketTicker() {
        return marketTicker;
    }

    /**
     * Replaces the whole book with {@code snapshot}, making it live.
     *
     * @param pricing how the subscription priced the NO side
     * @return {@link ApplyResult#APPLIED}, or {@link ApplyResult#REJECTED} (book invalid) when a
     *     level is negative or a price repeats
     */
    public synchronized ApplyResult applySnapshot(long sid, long seq, OrderbookSnapshot snapshot, NoSidePricing pricing) {
        requireThisMarket(snapshot.marketTicker());
        NavigableMap<Long, Long> yes = new TreeMap<>();
        NavigableMap<Long, Long> no = new TreeMap<>();
        String problem = fill(yes, snapshot.yesLevels(), NoSidePricing.NO_LEG, "yes");
        if (problem == null) {
            problem = fill(no, snapshot.noLevels(), pricing, "no");
        }
        if (problem != null) {
            invalidate("snapshot seq " + seq + ": " + problem);
            return ApplyResult.REJECTED;
        }
        yesBids.clear();
        yesBids.putAll(yes);
        noBids.clear();
        noBids.putAll(no);
        state = BookState.LIVE;
        invalidReason = null;
        markApplied(sid, seq);
        return ApplyResult.APPLIED;
    }

    /**
     * Adds {@code delta} to one level.
     *
     * @return {@link ApplyResult#APPLIED}; {@link ApplyResult#IGNORED} when the book is not live;
     *     {@link ApplyResult#REJECTED} (book invalid) when the level would go negative
     */
    public synchronized ApplyResult applyDelta(long sid, long seq, OrderbookDelta delta, NoSidePricing pricing) {
        requireThisMarket(delta.marketTicker());
        if (state != BookState.LIVE) {
            return ApplyResult.IGNORED;
        }
        boolean yesSide = delta.side() == OutcomeSide.YES;
        NavigableMap<Long, Long> levels = yesSide ? yesBids : noBids;
        Price price = yesSide ? delta.priceDollars() : pricing.toNoLeg(delta.priceDollars());
        long size = Math.addExact(levels.getOrDefault(price.units(), 0L), delta.deltaFp().hundredths());
        if (size < 0) {
            invalidate("delta seq " + seq + " takes " + delta.side().wire() + " " + price + " to "
                    + Count.ofHundredths(size));
            return ApplyResult.REJECTED;
        }
        if (size == 0) {
            levels.remove(price.units());
        } else {
            levels.put(price.units(), size);
        }
        markApplied(sid, seq);
        return ApplyResult.APPLIED;
    }

    /** Empties the book and marks it {@link BookState#INVALID} until the next snapshot; the first reason is kept. */
    public synchronized void invalidate(String reason) {
        Objects.requireNonNull(reason, "reason");
        yesBids.clear();
        noBids.clear();
        if (state != BookState.INVALID) {
            state = BookState.INVALID;
            invalidReason = reason;
            version++;
        }
    }

    /** Whether the book can be trusted now. */
    public synchronized BookState state() {
        return state;
    }

    /** A consistent immutable view of the whole book. */
    public synchronized BookSnapshot snapshot() {
        if (cached == null || cached.version() != version) {
            cached = new BookSnapshot(marketTicker, state, invalidReason, sid, seq, version,
                    levels(yesBids), levels(noBids));
        }
        return cached;
    }

    private void markApplied(long sid, long seq) {
        this.sid = sid;
        this.seq = seq;
        version++;
    }

    private void requireThisMarket(String ticker) {
        if (!marketTicker.equals(ticker)) {
            throw new IllegalArgumentException("message for " + ticker + " applied to the book of " + marketTicker);
        }
    }

    /** Copies wire levels into {@code into}; returns what is wrong with them, or {@code null}. */
    private static String fill(Map<Long, Long> into, List<PriceLevel> levels, NoSidePricing pricing, String side) {
        for (PriceLevel level : levels) {
            Price price = pricing.toNoLeg(level.price());
            long size = level.count().hundredths();
            if (size < 0) {
                return side + " level " + price + " has negative size " + level.count();
            }
            if (into.containsKey(price.units())) {
                return side + " level " + price + " appears twice";
            }
            // A zero level carries no liquidity; keeping it would show a phantom best price.
            if (size > 0) {
                into.put(price.units(), size);
            }
        }
        return null;
    }

    private static List<PriceLevel> levels(NavigableMap<Long, Long> bids) {
        List<PriceLevel> levels = new ArrayList<>(bids.size());
        for (Map.Entry<Long, Long> level : bids.descendingMap().entrySet()) {
            levels.add(new PriceLevel(Price.ofUnits(level.getKey()), Count.ofHundredths(level.getValue())));
        }
        return levels;
    }
}
