package dev.kalshisim.sim.feed;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.core.model.OrderbookLevel;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.stream.OrderbookSnapshot;
import dev.kalshisim.core.wire.stream.PriceLevel;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
        TreeMap<Long, Long> side = book.side(change.side());
        long price = change.price().units();
        long newSize = change.newSize().hundredths();
        if (book.seeded) {
            long expected = side.getOrDefault(price, 0L) + change.delta().hundredths();
            if (expected != newSize) {
                // The deltas a subscriber gets would not add up to the engine's book: an engine bug.
                LOG.error("book of {} {} at {}: delta {} takes {} to {}, engine says {}", change.ticker(),
                        change.side().wire(), change.price(), change.delta(), side.getOrDefault(price, 0L), expected,
                        newSize);
            }
        } else {
            book.touched(change.side()).add(price);
        }
        if (newSize == 0) {
            side.remove(price);
        } else {
            side.put(price, newSize);
        }
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
        Map.Entry<Long, Long> yes = book.yes.lastEntry();
        Map.Entry<Long, Long> no = book.no.lastEntry();
        return new Top(yes == null ? 0 : yes.getKey(), yes == null ? 0 : yes.getValue(),
                no == null ? 0 : no.getKey(), no == null ? 0 : no.getValue());
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
        List<PriceLevel> yes = new ArrayList<>();
        book.yes.forEach((price, size) -> yes.add(level(price, size)));
        List<PriceLevel> no = new ArrayList<>();
        if (useYesPrice) {
            // 1 - p reverses the order, so walk the NO ladder from the top to stay ascending.
            book.no.descendingMap().forEach((price, size) -> no.add(level(Price.SCALE - price, size)));
        } else {
            book.no.forEach((price, size) -> no.add(level(price, size)));
        }
        return OrderbookSnapshot.of(ticker, MarketIds.of(ticker), yes, no);
    }

    private static void merge(Book book, OutcomeSide side, List<OrderbookLevel> levels) {
        Set<Long> touched = book.touched(side);
        TreeMap<Long, Long> ladder = book.side(side);
        for (OrderbookLevel level : levels) {
            long price = level.price().units();
            if (!touched.contains(price) && level.count().isPositive()) {
                ladder.put(price, level.count().hundredths());
            }
        }
    }

    private static PriceLevel level(long priceUnits, long sizeHundredths) {
        return new PriceLevel(Price.ofUnits(priceUnits), Count.ofHundredths(sizeHundredths));
    }

    /** One market: price units to size in hundredths, per side. */
    private static final class Book {
        final TreeMap<Long, Long> yes = new TreeMap<>();
        final TreeMap<Long, Long> no = new TreeMap<>();
        Set<Long> touchedYes = new HashSet<>();
        Set<Long> touchedNo = new HashSet<>();
        boolean seeded;

        TreeMap<Long, Long> side(OutcomeSide side) {
            return side == OutcomeSide.YES ? yes : no;
        }

        Set<Long> touched(OutcomeSide side) {
            return side == OutcomeSide.YES ? touchedYes : touchedNo;
        }
    }
}
