package dev.kalshisim.sim.engine.rfq;

/**
 * Filters of {@code GET /communications/rfqs}; null fields do not filter.
 *
 * @param onlyOwn only the caller's own RFQs ({@code user_filter=self})
 * @param status {@code open} or {@code closed}
 */
public record RfqQuery(String eventTicker, String marketTicker, Integer subaccount, String status, boolean onlyOwn) {

    public static RfqQuery all() {
        return new RfqQuery(null, null, null, null, false);
    }
}
