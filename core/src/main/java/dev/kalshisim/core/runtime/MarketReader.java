package dev.kalshisim.core.runtime;

import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.Rejection;
import java.util.concurrent.CompletableFuture;

/**
 * The runner's market-data read port: a market's order book fetched on demand (a REST read), as
 * opposed to the books the {@link EventStream} pushes. Thread-safe; futures complete on any
 * thread and fail as the {@link OrderGateway}'s do: a {@link VenueRejectedException} when the
 * venue refused (404 unknown market, 429 too many requests), anything else when no answer came.
 */
public interface MarketReader {

    /** The error code of a venue that offers no market reads. */
    String NOT_SUPPORTED = "not_supported";

    /** {@code ticker}'s order book as the venue sees it now. */
    CompletableFuture<BookView> orderbook(String ticker);

    /** A reader that refuses every read with {@value #NOT_SUPPORTED} (HTTP 501). */
    static MarketReader unsupported() {
        return ticker -> CompletableFuture.failedFuture(new VenueRejectedException(
                Rejection.of(NOT_SUPPORTED, 501, "this venue offers no order book reads"),
                NOT_SUPPORTED + " (HTTP 501): this venue offers no order book reads", null));
    }
}
