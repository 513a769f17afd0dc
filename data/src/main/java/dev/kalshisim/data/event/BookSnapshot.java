package dev.kalshisim.data.event;

import java.util.List;
import java.util.Objects;

/**
 * A market's whole book: YES bids and NO bids, each on its own leg (a NO bid at q is a YES ask
 * at 1 - q), best first as Kalshi sends them, or in the order received.
 *
 * @param sid the WebSocket subscription id, or 0 for a REST snapshot
 * @param seq the subscription's sequence number, or 0 for a REST snapshot
 */
public record BookSnapshot(long recvNanos, long exchangeNanos, String ticker, long sid, long seq,
        List<Level> yesBids, List<Level> noBids) implements MarketEvent {

    public BookSnapshot {
        Objects.requireNonNull(ticker, "ticker");
        yesBids = List.copyOf(yesBids);
        noBids = List.copyOf(noBids);
    }
}
