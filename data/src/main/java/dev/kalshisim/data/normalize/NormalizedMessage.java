package dev.kalshisim.data.normalize;

import dev.kalshisim.data.event.MarketEvent;
import java.util.List;
import java.util.Objects;

/**
 * What one recorded message means: its type, its subscription id and sequence number when it
 * carried them, and the market events it yields (often none).
 *
 * <p>The sequence is kept even for messages that yield no event: Kalshi numbers a subscription's
 * {@code ok} acknowledgements in the same {@code seq} series as its book messages, so a gap check
 * must count them too.
 *
 * @param type   the WebSocket {@code type}, or for REST {@code rest:orderbook}, {@code rest:trades},
 *               {@code rest:other}
 * @param sid    the subscription id, or {@link #NONE}
 * @param seq    the subscription's sequence number, or {@link #NONE}
 * @param events the events, in the order the message lists them
 */
public record NormalizedMessage(String type, long sid, long seq, List<MarketEvent> events) {

    /** No sid or seq in the message. */
    public static final long NONE = -1;

    public NormalizedMessage {
        Objects.requireNonNull(type, "type");
        events = List.copyOf(events);
    }

    /** Whether the message carried a sequence number under a subscription id. */
    public boolean hasSequence() {
        return sid != NONE && seq != NONE;
    }
}
