package dev.kalshisim.strategies;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One mutually exclusive event an {@link EventArb} watches: its markets (all its outcomes, exactly
 * one of which settles YES) and the client order ids of the trade it has in flight.
 */
final class ArbEvent {

    final String name;
    final List<String> tickers;
    /** The orders of its last trade that have not finished; no new trade until they have. */
    final Set<String> inFlight = new HashSet<>();
    /**
     * Markets whose book has not been updated since its last trade finished: the book it has may
     * still show the liquidity the trade took, so no new trade until each has a fresh one.
     */
    final Set<String> stale = new HashSet<>();
    /** A book changed while it could not trade (budget or orders in flight): look again later. */
    boolean dirty;

    ArbEvent(String name, List<String> tickers) {
        this.name = name;
        this.tickers = List.copyOf(tickers);
    }

    /** The event of a ticker: everything before its last '-' (the whole ticker when it has none). */
    static String eventOf(String ticker) {
        int dash = ticker.lastIndexOf('-');
        return dash <= 0 ? ticker : ticker.substring(0, dash);
    }
}
