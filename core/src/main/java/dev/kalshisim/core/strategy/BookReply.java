package dev.kalshisim.core.strategy;

/**
 * The venue's answer to a {@link RequestBook}: the book it read, or why it refused.
 *
 * @param tsNanos   epoch nanos the answer was delivered at
 * @param ticker    the market asked for
 * @param book      the book read, or null when the venue refused or did not answer
 * @param rejection the venue's typed refusal (a 429 carries its retry-after), or null when it
 *                  answered or when no answer came at all
 */
public record BookReply(long tsNanos, String ticker, BookView book, Rejection rejection) implements StrategyEvent {

    public BookReply {
        if (ticker == null || ticker.isBlank()) {
            throw new IllegalArgumentException("a book reply needs a ticker");
        }
        if (book != null && rejection != null) {
            throw new IllegalArgumentException("a book reply is either a book or a refusal");
        }
    }

    /** Whether the venue answered with a book. */
    public boolean answered() {
        return book != null;
    }

    @Override
    public void deliverTo(Strategy strategy) {
        strategy.onBookReply(this);
    }
}
