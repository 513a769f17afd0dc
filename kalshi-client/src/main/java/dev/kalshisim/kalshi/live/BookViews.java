package dev.kalshisim.kalshi.live;

import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.kalshi.stream.book.BookSnapshot;
import dev.kalshisim.core.wire.stream.PriceLevel;
import java.util.ArrayList;
import java.util.List;

/** Turns the stream's {@link BookSnapshot} into the strategy API's {@link BookView}. */
final class BookViews {

    private BookViews() {
    }

    /**
     * The strategy's view of {@code snapshot}: both sides best first, NO bids at NO prices. A book
     * that is not live is shown empty, so a strategy never quotes off a book known to be wrong.
     */
    static BookView of(BookSnapshot snapshot) {
        if (!snapshot.isLive()) {
            return BookView.empty(snapshot.marketTicker());
        }
        return new BookView(snapshot.marketTicker(), levels(snapshot.yesBids()), levels(snapshot.noBids()));
    }

    private static List<BookLevel> levels(List<PriceLevel> levels) {
        List<BookLevel> converted = new ArrayList<>(levels.size());
        for (PriceLevel level : levels) {
            // A level at $0 or $1, or without size, is not one a strategy could trade against.
            if (level.count().isPositive() && level.price().isTradable()) {
                converted.add(BookLevel.of(level.price(), level.count()));
            }
        }
        return converted;
    }
}
