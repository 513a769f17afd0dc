package dev.kalshisim.core.strategy;

import dev.kalshisim.core.model.AggregatedBook;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OrderbookLevel;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of one market's order book as Kalshi publishes it: YES bids and NO bids.
 *
 * <p>A NO bid at q is a YES ask at 1 - q (kalshi-api.md section 11), so the best YES ask is
 * 1 - the best NO bid and the best NO ask is 1 - the best YES bid. Both lists are best first:
 * strictly descending price on their own leg, every size positive.
 *
 * <p>A value, not a second book implementation: the books that are kept up to date (the feed
 * mirror, the client's local book) are {@link AggregatedBook}s, and {@link #of} takes this view of
 * one. It stays a record of two lists because strategies and their tests build and read it so.
 *
 * @param ticker  the market
 * @param yesBids YES bids, YES prices, best (highest) first
 * @param noBids  NO bids, NO prices, best (highest) first
 */
public record BookView(String ticker, List<BookLevel> yesBids, List<BookLevel> noBids) {

    public BookView {
        if (ticker == null || ticker.isBlank()) {
            throw new IllegalArgumentException("a book needs a ticker");
        }
        yesBids = List.copyOf(yesBids);
        noBids = List.copyOf(noBids);
        requireBestFirst(ticker, "YES", yesBids);
        requireBestFirst(ticker, "NO", noBids);
    }

    /**
     * The strategy's view of {@code book}, core's one aggregated book type: both sides best first,
     * NO bids at NO prices. Levels at $0 or $1 are left out: no strategy could trade against them.
     */
    public static BookView of(String ticker, AggregatedBook book) {
        return new BookView(ticker, tradable(book.bids(OutcomeSide.YES)), tradable(book.bids(OutcomeSide.NO)));
    }

    private static List<BookLevel> tradable(List<OrderbookLevel> levels) {
        List<BookLevel> out = new ArrayList<>(levels.size());
        for (OrderbookLevel level : levels) {
            if (level.price().isTradable()) {
                out.add(BookLevel.of(level.price(), level.count()));
            }
        }
        return out;
    }

    /** A book with nothing on either side. */
    public static BookView empty(String ticker) {
        return new BookView(ticker, List.of(), List.of());
    }

    /** Whether neither side has a level. */
    public boolean isEmpty() {
        return yesBids.isEmpty() && noBids.isEmpty();
    }

    /** The highest YES bid. */
    public Optional<BookLevel> bestYesBid() {
        return yesBids.isEmpty() ? Optional.empty() : Optional.of(yesBids.get(0));
    }

    /** The highest NO bid, at its NO price. */
    public Optional<BookLevel> bestNoBid() {
        return noBids.isEmpty() ? Optional.empty() : Optional.of(noBids.get(0));
    }

    /** The lowest YES ask, at its YES price: the best NO bid seen from the YES leg. */
    public Optional<BookLevel> bestYesAsk() {
        return bestNoBid().map(BookView::otherLeg);
    }

    /** The lowest NO ask, at its NO price: the best YES bid seen from the NO leg. */
    public Optional<BookLevel> bestNoAsk() {
        return bestYesBid().map(BookView::otherLeg);
    }

    /** YES asks at YES prices, best (lowest) first: the NO bids seen from the YES leg. */
    public List<BookLevel> yesAsks() {
        List<BookLevel> asks = new ArrayList<>(noBids.size());
        for (BookLevel level : noBids) {
            asks.add(otherLeg(level));
        }
        return List.copyOf(asks);
    }

    /**
     * The YES mid price, halfway between the best YES bid and ask, rounded down to $0.0001; empty
     * unless both sides are present.
     */
    public Optional<Price> midYes() {
        if (yesBids.isEmpty() || noBids.isEmpty()) {
            return Optional.empty();
        }
        long sum = Math.addExact(yesBids.get(0).price().units(), bestYesAsk().orElseThrow().price().units());
        return Optional.of(Price.ofUnits(Math.floorDiv(sum, 2)));
    }

    /**
     * This book without {@code own} orders' remaining size, for a strategy that must not mistake
     * its own quotes for the market's. A bid comes off the YES side at its price, an ask off the
     * NO side at 1 - its price; a level is dropped when nothing is left, and never goes negative
     * (an order the book does not show yet takes nothing).
     */
    public BookView excluding(Collection<OpenOrder> own) {
        Map<Long, Long> yesOwn = new HashMap<>();
        Map<Long, Long> noOwn = new HashMap<>();
        for (OpenOrder order : own) {
            if (!order.ticker().equals(ticker)) {
                continue;
            }
            long remaining = order.remaining().hundredths();
            // A bid rests as a YES bid at p; a YES ask at p rests as a NO bid at 1 - p.
            OutcomeSide rests = order.side().outcomeBought();
            (rests == OutcomeSide.YES ? yesOwn : noOwn)
                    .merge(rests.fromYesPrice(order.yesPrice()).units(), remaining, Math::addExact);
        }
        return new BookView(ticker, subtract(yesBids, yesOwn), subtract(noBids, noOwn));
    }

    private static List<BookLevel> subtract(List<BookLevel> levels, Map<Long, Long> ownByPrice) {
        if (ownByPrice.isEmpty()) {
            return levels;
        }
        List<BookLevel> left = new ArrayList<>(levels.size());
        for (BookLevel level : levels) {
            long own = ownByPrice.getOrDefault(level.price().units(), 0L);
            long rest = level.size().hundredths() - Math.min(own, level.size().hundredths());
            if (rest > 0) {
                left.add(new BookLevel(level.price(), Count.ofHundredths(rest)));
            }
        }
        return left;
    }

    private static BookLevel otherLeg(BookLevel level) {
        return new BookLevel(level.price().complement(), level.size());
    }

    private static void requireBestFirst(String ticker, String leg, List<BookLevel> levels) {
        for (int i = 0; i < levels.size(); i++) {
            Price price = levels.get(i).price();
            if (!price.isTradable()) {
                throw new IllegalArgumentException(
                        ticker + " " + leg + " bid at " + price + " is not strictly between $0 and $1");
            }
            if (i > 0 && !price.isBelow(levels.get(i - 1).price())) {
                throw new IllegalArgumentException(ticker + " " + leg
                        + " bids must be strictly descending, best first: " + levels.get(i - 1).price()
                        + " then " + price);
            }
        }
    }
}
