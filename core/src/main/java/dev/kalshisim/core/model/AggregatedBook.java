package dev.kalshisim.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One market's aggregated order book as Kalshi publishes it: for each outcome, its bids on its own
 * leg, price to total size, sorted by price. The one book type of the project: the simulator's feed
 * mirror, the client's local book and (through {@code BookView.of}) the strategy's view are built on
 * it.
 *
 * <p>Only bids exist on Kalshi: a NO bid at q is a YES ask at 1 - q of the same size, so the asks of
 * one outcome are the other outcome's bids seen from this leg ({@link #bestAsk}, {@link #asks}).
 * A level holds a positive size; setting it to zero removes it. Exact integer arithmetic (price
 * units, size hundredths).
 *
 * <p>Not thread-safe: the owner guards it (the feed's lock, the local book's monitor). An
 * {@link #immutableCopy()} may be shared freely.
 */
public final class AggregatedBook {

    private final NavigableMap<Long, Long> yesBids;
    private final NavigableMap<Long, Long> noBids;
    private final boolean frozen;

    /** An empty book. */
    public AggregatedBook() {
        this(new TreeMap<>(), new TreeMap<>(), false);
    }

    private AggregatedBook(NavigableMap<Long, Long> yesBids, NavigableMap<Long, Long> noBids, boolean frozen) {
        this.yesBids = yesBids;
        this.noBids = noBids;
        this.frozen = frozen;
    }

    /** The size bid for {@code side} at {@code price} on its own leg; zero when there is no level. */
    public Count size(OutcomeSide side, Price price) {
        return Count.ofHundredths(ladder(side).getOrDefault(price.units(), 0L));
    }

    /** Whether {@code side} has a level at {@code price}. */
    public boolean hasLevel(OutcomeSide side, Price price) {
        return ladder(side).containsKey(price.units());
    }

    /**
     * The size the level would have after adding {@code delta}, possibly negative (which
     * {@link #set} refuses): lets a caller judge a delta before applying it.
     *
     * @throws ArithmeticException if the sum overflows
     */
    public Count sizeAfter(OutcomeSide side, Price price, Count delta) {
        return Count.ofHundredths(Math.addExact(ladder(side).getOrDefault(price.units(), 0L), delta.hundredths()));
    }

    /**
     * Sets the level of {@code side} at {@code price} to {@code size}; zero removes it.
     *
     * @throws IllegalArgumentException for a negative size
     */
    public void set(OutcomeSide side, Price price, Count size) {
        requireMutable();
        if (size.isNegative()) {
            throw new IllegalArgumentException("a book level cannot be negative: " + side.wire() + " " + price + " " + size);
        }
        if (size.isZero()) {
            ladder(side).remove(price.units());
        } else {
            ladder(side).put(price.units(), size.hundredths());
        }
    }

    /**
     * Adds {@code delta} to a level and answers its new size.
     *
     * @throws IllegalArgumentException (the book unchanged) when the level would go negative
     */
    public Count add(OutcomeSide side, Price price, Count delta) {
        Count after = sizeAfter(side, price, delta);
        set(side, price, after);
        return after;
    }

    /** Takes every level of {@code other}, dropping its own. */
    public void replaceWith(AggregatedBook other) {
        requireMutable();
        yesBids.clear();
        yesBids.putAll(other.yesBids);
        noBids.clear();
        noBids.putAll(other.noBids);
    }

    /** Removes every level. */
    public void clear() {
        requireMutable();
        yesBids.clear();
        noBids.clear();
    }

    /** Whether neither side has a level. */
    public boolean isEmpty() {
        return yesBids.isEmpty() && noBids.isEmpty();
    }

    /** The highest bid of {@code side}, at its own leg's price. */
    public Optional<OrderbookLevel> bestBid(OutcomeSide side) {
        Map.Entry<Long, Long> best = ladder(side).lastEntry();
        return best == null ? Optional.empty() : Optional.of(level(best.getKey(), best.getValue()));
    }

    /** The lowest ask of {@code side} at its own leg's price: the other side's best bid seen from this leg. */
    public Optional<OrderbookLevel> bestAsk(OutcomeSide side) {
        return bestBid(side.opposite()).map(AggregatedBook::otherLeg);
    }

    /** The bids of {@code side}, best (highest) first. */
    public List<OrderbookLevel> bids(OutcomeSide side) {
        return levels(ladder(side).descendingMap(), false);
    }

    /** The bids of {@code side}, lowest price first (the order Kalshi's snapshot message lists them in). */
    public List<OrderbookLevel> bidsAscending(OutcomeSide side) {
        return levels(ladder(side), false);
    }

    /**
     * The asks of {@code side} at its own leg's prices, best (lowest) first: the other side's bids,
     * highest first, each at 1 - its price.
     */
    public List<OrderbookLevel> asks(OutcomeSide side) {
        return levels(ladder(side.opposite()).descendingMap(), true);
    }

    /** A copy that refuses changes, safe to hand to any thread. */
    public AggregatedBook immutableCopy() {
        return frozen ? this : new AggregatedBook(new TreeMap<>(yesBids), new TreeMap<>(noBids), true);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AggregatedBook book && yesBids.equals(book.yesBids) && noBids.equals(book.noBids);
    }

    @Override
    public int hashCode() {
        return yesBids.hashCode() * 31 + noBids.hashCode();
    }

    @Override
    public String toString() {
        return "AggregatedBook[yes=" + bids(OutcomeSide.YES) + ", no=" + bids(OutcomeSide.NO) + "]";
    }

    private NavigableMap<Long, Long> ladder(OutcomeSide side) {
        return side == OutcomeSide.YES ? yesBids : noBids;
    }

    private void requireMutable() {
        if (frozen) {
            throw new UnsupportedOperationException("this book is an immutable copy");
        }
    }

    private static List<OrderbookLevel> levels(NavigableMap<Long, Long> ladder, boolean otherLeg) {
        List<OrderbookLevel> levels = new ArrayList<>(ladder.size());
        for (Map.Entry<Long, Long> entry : ladder.entrySet()) {
            OrderbookLevel level = level(entry.getKey(), entry.getValue());
            levels.add(otherLeg ? otherLeg(level) : level);
        }
        return List.copyOf(levels);
    }

    private static OrderbookLevel level(long priceUnits, long sizeHundredths) {
        return OrderbookLevel.of(Price.ofUnits(priceUnits), Count.ofHundredths(sizeHundredths));
    }

    /** A bid seen from the other leg: a NO bid at q is a YES ask at 1 - q, same size. */
    private static OrderbookLevel otherLeg(OrderbookLevel level) {
        return OrderbookLevel.of(level.price().complement(), level.count());
    }
}
