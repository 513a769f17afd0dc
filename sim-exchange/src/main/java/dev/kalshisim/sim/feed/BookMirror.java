package dev.kalshisim.sim.feed;

import dev.kalshisim.sim.wire.MarketIds;
import dev.kalshisim.core.model.AggregatedBook;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.core.model.OrderbookLevel;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.wire.stream.OrderbookSnapshot;
import dev.kalshisim.core.wire.stream.PriceLevel;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feed's own copy of every market's published book, kept from the engine's
 * {@link ExchangeEvent.BookChanged} events, so that a new subscription's snapshot is taken under the
 * same lock, from the same event stream, as the deltas that follow it: snapshot plus deltas equals
 * the engine's book by construction, with no race against the engine.
 *
 * <p>A market's copy is seeded lazily, from one engine snapshot taken after the feed started
 * listening. Until then the copy records the absolute size ({@code newSize}) of every level an
 * event touched; seeding adds only the untouched levels of the snapshot. That is exact whatever
 * happened between the listener's start and the snapshot: a touched level's last event gives its
 * current size, and an untouched level has not changed since before the snapshot.
 *
 * <p>Prices are the engine's: YES bids on the YES leg, NO bids on the NO leg. Guarded by the feed's lock.
 */
final class BookMirror {

    private static final Logger LOG = LoggerFactory.getLogger(BookMirror.class);

    private final Map<String, Book> books = new HashMap<>();

    /** Applies one book change (engine thread). */
    void apply(ExchangeEvent.BookChanged change) {
        Book book = books.computeIfAbsent(change.ticker(), t -> new Book());
        if (book.seeded) {
            Count expected = book.levels.sizeAfter(change.side(), change.price(), change.delta());
            if (!expected.equals(change.newSize())) {
                // The deltas a subscriber gets would not add up to the engine's book: an engine bug.
                LOG.error("book of {} {} at {}: delta {} takes {} to {}, engine says {}", change.ticker(),
                        change.side().wire(), change.price(), change.delta(),
                        book.levels.size(change.side(), change.price()).hundredths(), expected.hundredths(),
                        change.newSize().hundredths());
            }
        } else {
            book.touched(change.side()).add(change.price().units());
        }
        // The engine's absolute size wins, so a mirror never drifts from the engine even after a logged bug.
        book.levels.set(change.side(), change.price(), change.newSize());
    }

    /** A market just created: its book is empty and every change to it will be seen. */
    void created(String ticker) {
        Book book = books.computeIfAbsent(ticker, t -> new Book());
        book.seeded = true;
        book.touchedYes = null;
        book.touchedNo = null;
    }

    /** The best YES bid and best NO bid (NO leg) of a seeded market; {@code null} when not seeded. */
    Top top(String ticker) {
        Book book = books.get(ticker);
        if (book == null || !book.seeded) {
            return null;
        }
        OrderbookLevel yes = book.levels.bestBid(OutcomeSide.YES).orElse(null);
        OrderbookLevel no = book.levels.bestBid(OutcomeSide.NO).orElse(null);
        return new Top(yes == null ? 0 : yes.price().units(), yes == null ? 0 : yes.count().hundredths(),
                no == null ? 0 : no.price().units(), no == null ? 0 : no.count().hundredths());
    }

    /**
     * The top of a book: price units and size hundredths of the best bid on each side, zeros for
     * an empty side.
     */
    record Top(long yesBidUnits, long yesBidSize, long noBidUnits, long noBidSize) {
    }

    /** Every market the mirror has seen, seeded or not. */
    List<String> tickers() {
        return new ArrayList<>(books.keySet());
    }

    boolean isSeeded(String ticker) {
        Book book = books.get(ticker);
        return book != null && book.seeded;
    }

    /** Seeds {@code ticker} from {@code engineBook}, an engine snapshot taken after the feed started listening. */
    void seed(String ticker, Orderbook engineBook) {
        Book book = books.computeIfAbsent(ticker, t -> new Book());
        if (book.seeded) {
            return;
        }
        merge(book, OutcomeSide.YES, engineBook.yesDollars());
        merge(book, OutcomeSide.NO, engineBook.noDollars());
        book.seeded = true;
        book.touchedYes = null;
        book.touchedNo = null;
    }

    /**
     * The snapshot message body for a seeded market, levels ascending by price as sent; NO bids in
     * YES-leg prices when {@code useYesPrice}.
     */
    OrderbookSnapshot snapshot(String ticker, boolean useYesPrice) {
        Book book = books.get(ticker);
        if (book == null || !book.seeded) {
            throw new IllegalStateException("book of " + ticker + " is not seeded");
        }
        List<PriceLevel> yes = wire(book.levels.bidsAscending(OutcomeSide.YES));
        // On the YES leg the NO bids are the YES asks, lowest first: still ascending as sent.
        List<PriceLevel> no = wire(useYesPrice ? book.levels.asks(OutcomeSide.YES) : book.levels.bidsAscending(OutcomeSide.NO));
        return OrderbookSnapshot.of(ticker, MarketIds.of(ticker), yes, no);
    }

    private static void merge(Book book, OutcomeSide side, List<OrderbookLevel> levels) {
        Set<Long> touched = book.touched(side);
        for (OrderbookLevel level : levels) {
            if (!touched.contains(level.price().units()) && level.count().isPositive()) {
                book.levels.set(side, level.price(), level.count());
            }
        }
    }

    private static List<PriceLevel> wire(List<OrderbookLevel> levels) {
        List<PriceLevel> wire = new ArrayList<>(levels.size());
        for (OrderbookLevel level : levels) {
            wire.add(new PriceLevel(level.price(), level.count()));
        }
        return wire;
    }

    /** One market: its aggregated book (core's one book type) and what was touched before seeding. */
    private static final class Book {
        final AggregatedBook levels = new AggregatedBook();
        Set<Long> touchedYes = new HashSet<>();
        Set<Long> touchedNo = new HashSet<>();
        boolean seeded;

        Set<Long> touched(OutcomeSide side) {
            return side == OutcomeSide.YES ? touchedYes : touchedNo;
        }
    }
}
