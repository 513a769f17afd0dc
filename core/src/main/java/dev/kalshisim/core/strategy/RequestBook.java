package dev.kalshisim.core.strategy;

/**
 * Read one market's order book from the venue now, over REST: the answer comes back as a
 * {@link BookReply}. Unlike a subscription this costs a request each time, so a venue's rate
 * limits apply to it as to any other read.
 *
 * @param tsNanos epoch nanos of the request
 * @param ticker  the market whose book is wanted
 */
public record RequestBook(long tsNanos, String ticker) implements StrategyCommand {

    public RequestBook {
        if (ticker == null || ticker.isBlank()) {
            throw new IllegalArgumentException("a book request needs a ticker");
        }
    }
}
