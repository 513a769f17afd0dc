package dev.kalshisim.data.event;

import java.util.Objects;

/**
 * A market lifecycle message ({@code market_lifecycle_v2}): what happened, in Kalshi's words
 * ({@code created}, {@code activated}, {@code deactivated}, {@code close_date_updated},
 * {@code determined}, {@code settled}, ...), and the result when determined.
 *
 * @param eventType Kalshi's {@code event_type}
 * @param result    {@code yes}, {@code no} or another result word when determined, else {@code null}
 */
public record MarketStatusChange(long recvNanos, long exchangeNanos, String ticker, String eventType, String result)
        implements MarketEvent {

    public MarketStatusChange {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(eventType, "eventType");
    }
}
