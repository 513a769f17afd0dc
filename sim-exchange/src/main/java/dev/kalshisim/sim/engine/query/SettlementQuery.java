package dev.kalshisim.sim.engine.query;

import java.time.Instant;

/**
 * Filters for {@code GET /portfolio/settlements}; null fields match all, bounds inclusive.
 *
 * @param ticker this market only
 * @param eventTicker markets of this event
 */
public record SettlementQuery(String ticker, String eventTicker, Instant minTime, Instant maxTime) {

    public static SettlementQuery all() {
        return new SettlementQuery(null, null, null, null);
    }
}
