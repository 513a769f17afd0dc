package dev.kalshisim.kalshi.stream.book;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.stream.PriceLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One consistent, immutable view of a {@link LocalOrderBook}, safe to read on any thread.
 *
 * <p>Only bids exist on Kalshi: a NO bid at q is a YES ask at 1 - q of the same size, and a YES bid
 * at p is a NO ask at 1 - p. Levels are best first. A book that is not {@link BookState#LIVE} has
 * no levels.
 *
 * @param marketTicker the market
 * @param state whether the levels can be trusted
 * @param invalidReason why the book is {@link BookState#INVALID}, else {@code null}
 * @param sid the subscription of the last applied message, or 0 before the first
 * @param seq the sequence number of the last applied message, or 0 before the first
 * @param version counts every change to the book, starting at 0
 * @param yesBids YES bids, highest price first
 * @param noBids NO bids in NO-leg prices, highest price first
 */
public record BookSnapshot(
        String marketTicker,
        BookState state,
        String invalidReason,
        long sid,
        long seq,
        long version,
        List<PriceLevel> yesBids,
        List<PriceLevel> noBids) {

    public BookSnapshot {
        Objects.requireNonNull(marketTicker, "marketTicker");
        Objects.requireNonNull(state, "state");
        yesBids = List.copyOf(yesBids);
        noBids = List.copyOf(noBids);
    }

    /** Whether the levels match the exchange's book. */
    public boolean isLive() {
        return state == BookState.LIVE;
    }

    /** The highest YES bid. */
    public Optional<PriceLevel> bestYesBid() {
        return first(yesBids);
    }

    /** The highest NO bid, in NO-leg prices. */
    public Optional<PriceLevel> bestNoBid() {
        return first(noBids);
    }

    /** The lowest YES ask: 1 - the highest NO bid, with its size. */
    public Optional<PriceLevel> bestYesAsk() {
        return bestNoBid().map(BookSnapshot::complement);
    }

    /** The lowest NO ask: 1 - the highest YES bid, with its size. */
    public Optional<PriceLevel> bestNoAsk() {
        return bestYesBid().map(BookSnapshot::complement);
    }

    /** Up to {@code maxLevels} YES asks, lowest price first (derived from the NO bids). */
    public List<PriceLevel> yesAsks(int maxLevels) {
        return complements(noBids, maxLevels);
    }

    /** Up to {@code maxLevels} NO asks, lowest price first (derived from the YES bids). */
    public List<PriceLevel> noAsks(int maxLevels) {
        return complements(yesBids, maxLevels);
    }

    /** Up to {@code maxLevels} YES bids, highest first. */
    public List<PriceLevel> yesBids(int maxLevels) {
        return yesBids.subList(0, Math.min(requireLevels(maxLevels), yesBids.size()));
    }

    /** Up to {@code maxLevels} NO bids, highest first. */
    public List<PriceLevel> noBids(int maxLevels) {
        return noBids.subList(0, Math.min(requireLevels(maxLevels), noBids.size()));
    }

    /** Contracts a seller of YES could hit at {@code limit} or better: YES bids at or above it. */
    public Count yesBidSizeAtOrAbove(Price limit) {
        Count total = Count.ZERO;
        for (PriceLevel level : yesBids) {
            if (level.price().isBelow(limit)) {
                break;
            }
            total = total.plus(level.count());
        }
        return total;
    }

    /** Contracts a buyer of YES could lift at {@code limit} or better: YES asks at or below it. */
    public Count yesAskSizeAtOrBelow(Price limit) {
        return noBidSizeAtOrAbove(limit.complement());
    }

    /** Contracts a seller of NO could hit at {@code limit} (NO-leg) or better. */
    public Count noBidSizeAtOrAbove(Price limit) {
        Count total = Count.ZERO;
        for (PriceLevel level : noBids) {
            if (level.price().isBelow(limit)) {
                break;
            }
            total = total.plus(level.count());
        }
        return total;
    }

    /**
     * Whether the best YES bid reaches the best YES ask. A live exchange book never rests crossed,
     * so a crossed local book points at a feed problem.
     */
    public boolean isCrossed() {
        return bestYesBid().isPresent() && bestYesAsk().isPresent()
                && !bestYesBid().get().price().isBelow(bestYesAsk().get().price());
    }

    private static Optional<PriceLevel> first(List<PriceLevel> levels) {
        return levels.isEmpty() ? Optional.empty() : Optional.of(levels.get(0));
    }

    private static PriceLevel complement(PriceLevel level) {
        return new PriceLevel(level.price().complement(), level.count());
    }

    private static List<PriceLevel> complements(List<PriceLevel> bids, int maxLevels) {
        int count = Math.min(requireLevels(maxLevels), bids.size());
        List<PriceLevel> asks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            asks.add(complement(bids.get(i)));
        }
        return List.copyOf(asks);
    }

    private static int requireLevels(int maxLevels) {
        if (maxLevels < 0) {
            throw new IllegalArgumentException("maxLevels must not be negative: " + maxLevels);
        }
        return maxLevels;
    }
}
