package dev.kalshisim.junit5;

import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.core.model.OrderbookLevel;
import dev.kalshisim.kalshi.stream.KalshiWebSocketClient;
import dev.kalshisim.kalshi.stream.book.BookKeeper;
import dev.kalshisim.kalshi.stream.book.BookSnapshot;
import dev.kalshisim.core.wire.stream.PriceLevel;
import dev.kalshisim.core.wire.stream.SubscribeParams;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One market's order book as a bot keeps it: an account's WebSocket client subscribed to
 * {@code orderbook_delta}, with the stream package's book keeper rebuilding it. Remembers every
 * version of the book it saw, and lets a test wait for a version to satisfy a condition.
 */
final class StreamedBook implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 10;

    private final String ticker;
    private final KalshiWebSocketClient client;
    private final BookKeeper keeper;
    private final List<BookSnapshot> history = new ArrayList<>();

    private StreamedBook(SimAccount account, String ticker) {
        this.ticker = ticker;
        this.client = account.newWebSocketClient();
        this.keeper = client.attachBookKeeper();
        keeper.addListener(book -> {
            if (book.marketTicker().equals(ticker)) {
                seen(book.snapshot());
            }
        });
    }

    /** Connects, subscribes to {@code ticker}'s book and waits for the first snapshot. */
    static StreamedBook open(SimAccount account, String ticker) throws Exception {
        StreamedBook book = new StreamedBook(account, ticker);
        book.client.connect().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        book.client.subscribe(SubscribeParams.orderbook(List.of(ticker), false)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        book.await(BookSnapshot::isLive, "a live book after the first snapshot");
        return book;
    }

    /** Waits until the local book is live and has exactly the levels of {@code rest}; returns that version. */
    BookSnapshot awaitEquals(Orderbook rest) throws InterruptedException {
        Levels expected = Levels.of(rest);
        return await(book -> book.isLive() && Levels.of(book).equals(expected), "the REST book " + expected);
    }

    /** Waits until a version of the book seen so far satisfies {@code condition}; returns the first that does. */
    synchronized BookSnapshot await(Predicate<BookSnapshot> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        for (int checked = 0; ; ) {
            for (; checked < history.size(); checked++) {
                if (condition.test(history.get(checked))) {
                    return history.get(checked);
                }
            }
            long remainingNanos = deadline - System.nanoTime();
            if (remainingNanos <= 0) {
                throw new AssertionError("no version of " + ticker + " was " + what + " within " + TIMEOUT_SECONDS
                        + " s; last: " + (history.isEmpty() ? "none" : describe(history.get(history.size() - 1))));
            }
            TimeUnit.NANOSECONDS.timedWait(this, remainingNanos);
        }
    }

    /** Every version of the book seen so far, oldest first. */
    synchronized List<BookSnapshot> history() {
        return List.copyOf(history);
    }

    /** The book now. */
    BookSnapshot current() {
        return keeper.book(ticker).orElseThrow().snapshot();
    }

    @Override
    public void close() {
        client.close();
    }

    private synchronized void seen(BookSnapshot snapshot) {
        history.add(snapshot);
        notifyAll();
    }

    private static String describe(BookSnapshot book) {
        return book.state() + (book.invalidReason() == null ? "" : " (" + book.invalidReason() + ")") + " seq "
                + book.seq() + " " + Levels.of(book);
    }

    /** Both sides of a book as {@code price x size}, best bid last as REST writes them. */
    record Levels(List<String> yes, List<String> no) {

        static Levels of(Orderbook rest) {
            return new Levels(restSide(rest.yesDollars()), restSide(rest.noDollars()));
        }

        static Levels of(BookSnapshot book) {
            return new Levels(streamSide(book.yesBids()), streamSide(book.noBids()));
        }

        private static List<String> restSide(List<OrderbookLevel> ascending) {
            return ascending.stream().map(level -> level.price() + " x " + level.count()).toList();
        }

        private static List<String> streamSide(List<PriceLevel> bestFirst) {
            List<String> ascending = new ArrayList<>();
            for (int i = bestFirst.size() - 1; i >= 0; i--) {
                ascending.add(bestFirst.get(i).price() + " x " + bestFirst.get(i).count());
            }
            return ascending;
        }
    }
}
