package dev.kalshisim.kalshi.stream.book;

import dev.kalshisim.core.model.AggregatedBook;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OrderbookLevel;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.stream.OrderbookDelta;
import dev.kalshisim.core.wire.stream.OrderbookSnapshot;
import dev.kalshisim.core.wire.stream.PriceLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
    /** YES bids and NO bids (NO-leg prices): core's one aggregated book type. */
    private final AggregatedBook levels = new AggregatedBook();
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
        AggregatedBook fresh = new AggregatedBook();
        String problem = fill(fresh, OutcomeSide.YES, snapshot.yesLevels(), NoSidePricing.NO_LEG, "yes");
        if (problem == null) {
            problem = fill(fresh, OutcomeSide.NO, snapshot.noLevels(), pricing, "no");
        }
        if (problem != null) {
            invalidate("snapshot seq " + seq + ": " + problem);
            return ApplyResult.REJECTED;
        }
        levels.replaceWith(fresh);
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
        Price price = yesSide ? delta.priceDollars() : pricing.toNoLeg(delta.priceDollars());
        Count size = levels.sizeAfter(delta.side(), price, delta.deltaFp());
        if (size.isNegative()) {
            invalidate("delta seq " + seq + " takes " + delta.side().wire() + " " + price + " to " + size);
            return ApplyResult.REJECTED;
        }
        levels.set(delta.side(), price, size);
        markApplied(sid, seq);
        return ApplyResult.APPLIED;
    }

    /** Empties the book and marks it {@link BookState#INVALID} until the next snapshot; the first reason is kept. */
    public synchronized void invalidate(String reason) {
        Objects.requireNonNull(reason, "reason");
        levels.clear();
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
                    wire(levels.bids(OutcomeSide.YES)), wire(levels.bids(OutcomeSide.NO)));
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

    /** Copies wire levels into one side of {@code into}; returns what is wrong with them, or {@code null}. */
    private static String fill(AggregatedBook into, OutcomeSide outcome, List<PriceLevel> levels, NoSidePricing pricing,
            String side) {
        for (PriceLevel level : levels) {
            Price price = pricing.toNoLeg(level.price());
            if (level.count().isNegative()) {
                return side + " level " + price + " has negative size " + level.count();
            }
            if (into.hasLevel(outcome, price)) {
                return side + " level " + price + " appears twice";
            }
            // A zero level carries no liquidity; keeping it would show a phantom best price.
            into.set(outcome, price, level.count());
        }
        return null;
    }

    private static List<PriceLevel> wire(List<OrderbookLevel> bids) {
        List<PriceLevel> wire = new ArrayList<>(bids.size());
        for (OrderbookLevel level : bids) {
            wire.add(new PriceLevel(level.price(), level.count()));
        }
        return wire;
    }
}
