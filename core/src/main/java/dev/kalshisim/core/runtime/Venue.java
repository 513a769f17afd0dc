package dev.kalshisim.core.runtime;

import java.util.Set;

/**
 * Everything a {@link StrategyRunner} talks to: the venue ports and the venue's pacing
 * figures for the run's result. The live venue (Kalshi over REST and WebSocket), the test kit's
 * in-memory venue and a backtest's venue each implement it.
 *
 * <p>The ports' contract: every call returns at once with a future completed on any thread; a
 * refusal fails the future with a {@link VenueRejectedException} carrying the typed rejection, any
 * other failure means no answer came. Implementations must be thread-safe.
 */
public interface Venue {

    /** Where order commands go. */
    OrderGateway orders();

    /** Where positions, resting orders, single orders and the balance are read. */
    AccountReader account();

    /** Where market data and the account's order and fill news come from. */
    EventStream stream();

    /**
     * Where market books are read on demand (REST). Defaults to a reader that refuses every read
     * with {@link MarketReader#NOT_SUPPORTED}, for venues that only stream.
     */
    default MarketReader marketReader() {
        return MarketReader.unsupported();
    }

    /** How the venue paced this run's requests so far; {@link VenuePacing#NONE} when it does not pace. */
    default VenuePacing pacing() {
        return VenuePacing.NONE;
    }

    /**
     * Every market this venue offers for the run, when it knows them all (a backtest's recorded
     * markets), in a stable order; empty when it does not (live, where a strategy names its markets).
     */
    default Set<String> markets() {
        return Set.of();
    }
}
