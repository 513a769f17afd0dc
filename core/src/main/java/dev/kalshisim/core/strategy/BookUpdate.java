package dev.kalshisim.core.strategy;

/**
 * A market's book changed; carries the whole book after the change, so a strategy never applies
 * deltas itself.
 *
 * @param tsNanos epoch nanos of the change
 * @param book    the book after it
 */
public record BookUpdate(long tsNanos, BookView book) implements StrategyEvent {

    public BookUpdate {
        if (book == null) {
            throw new IllegalArgumentException("a book update needs a book");
        }
    }

    /** The market whose book changed. */
    public String ticker() {
        return book.ticker();
    }

    @Override
    public void deliverTo(Strategy strategy) {
        strategy.onBook(this);
    }
}
