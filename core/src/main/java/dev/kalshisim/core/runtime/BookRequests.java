package dev.kalshisim.core.runtime;

import dev.kalshisim.core.strategy.BookReply;
import dev.kalshisim.core.strategy.RequestBook;
import java.util.List;

/**
 * Carries out a strategy's {@link RequestBook} reads through the {@link MarketReader} and posts
 * each outcome as a {@link BookReply}. Reads add no risk, so unlike new orders they are not
 * refused in a blackout window.
 */
final class BookRequests {

    private final MarketReader reader;
    private final Poster poster;

    BookRequests(MarketReader reader, Poster poster) {
        this.reader = reader;
        this.poster = poster;
    }

    /** Sends the read; the reply is delivered on the strategy thread once the venue answers. */
    void request(RequestBook command) {
        String ticker = command.ticker();
        reader.orderbook(ticker).whenComplete((book, failure) -> poster.post(ts -> List.of(failure != null
                ? new BookReply(ts, ticker, null, WireOrders.rejection(failure))
                : new BookReply(ts, ticker, book, null))));
    }
}
