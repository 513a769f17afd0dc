package dev.kalshisim.kalshi.stream.book;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What a {@link BookKeeper} needs from the connection it reads: the pricing of each subscription
 * and two ways to get fresh snapshots. The WebSocket client implements it; tests fake it.
 */
public interface BookFeed {

    /** How subscription {@code sid} prices NO bids ({@link NoSidePricing#NO_LEG} when unknown). */
    NoSidePricing pricingOf(long sid);

    /**
     * Asks for fresh {@code orderbook_snapshot}s of {@code marketTickers} on subscription {@code sid}
     * ({@code update_subscription} with {@code get_snapshot}); completes when the server accepts,
     * fails when it refuses or does not answer.
     */
    CompletableFuture<?> requestSnapshot(long sid, List<String> marketTickers);

    /** Ends subscription {@code sid} and opens it again with the same parameters, which resends every snapshot. */
    CompletableFuture<?> resubscribe(long sid);
}
