package dev.kalshisim.sim.engine.retention;

import java.time.Instant;
import java.util.Objects;

/**
 * The boundary between live and historical data ({@code GET /historical/cutoff}): everything of a
 * kind older than its cutoff has left the engine. {@link Instant#EPOCH} while nothing has.
 *
 * @param marketSettled markets settled before this are only in the historical store
 * @param tradesCreated trades and fills created before this are only there
 * @param ordersUpdated orders canceled or executed before this are only there
 * @param positionsUpdated positions of markets archived before this are only there
 */
public record Cutoffs(Instant marketSettled, Instant tradesCreated, Instant ordersUpdated, Instant positionsUpdated) {

    public static final Cutoffs NONE = new Cutoffs(Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH);

    public Cutoffs {
        Objects.requireNonNull(marketSettled, "marketSettled");
        Objects.requireNonNull(tradesCreated, "tradesCreated");
        Objects.requireNonNull(ordersUpdated, "ordersUpdated");
        Objects.requireNonNull(positionsUpdated, "positionsUpdated");
    }

    /** The later of this and {@code other}, field by field: cutoffs never move back. */
    public Cutoffs max(Cutoffs other) {
        return new Cutoffs(later(marketSettled, other.marketSettled), later(tradesCreated, other.tradesCreated),
                later(ordersUpdated, other.ordersUpdated), later(positionsUpdated, other.positionsUpdated));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
