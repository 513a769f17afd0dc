package dev.kalshisim.cli.record;

import java.util.List;
import java.util.Objects;

/**
 * What to record: named markets, every market of an event, or every open market of a series.
 *
 * @param kind    which of the three
 * @param tickers the market tickers ({@link Kind#TICKERS}), or one event or series ticker
 */
public record Selection(Kind kind, List<String> tickers) {

    /** The three ways to name markets on the command line. */
    public enum Kind { TICKERS, EVENT, SERIES }

    public Selection {
        Objects.requireNonNull(kind, "kind");
        tickers = List.copyOf(tickers);
        if (tickers.isEmpty() || tickers.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("name at least one market, event or series, without blanks");
        }
        if (kind != Kind.TICKERS && tickers.size() != 1) {
            throw new IllegalArgumentException("an event or series selection names exactly one ticker");
        }
    }

    /** The markets {@code tickers}. */
    public static Selection tickers(List<String> tickers) {
        return new Selection(Kind.TICKERS, tickers.stream().map(String::strip).distinct().toList());
    }

    /** Every market of event {@code eventTicker}. */
    public static Selection event(String eventTicker) {
        return new Selection(Kind.EVENT, List.of(eventTicker.strip()));
    }

    /** Every open market of series {@code seriesTicker}. */
    public static Selection series(String seriesTicker) {
        return new Selection(Kind.SERIES, List.of(seriesTicker.strip()));
    }

    /** How the selection reads in messages: {@code markets A, B}, {@code event E}, {@code series S}. */
    public String describe() {
        return switch (kind) {
            case TICKERS -> "markets " + String.join(", ", tickers);
            case EVENT -> "event " + tickers.get(0);
            case SERIES -> "series " + tickers.get(0);
        };
    }
}
