package dev.kalshisim.sim.engine.query;

import java.time.Instant;

/**
 * Filters for {@code GET /portfolio/settlements}; null fields match all, bounds inclusive.
 *
 * @param ticker this market only
 * @param eventTicker markets of this event
 * @param subaccount settlements paid into this ledger; null (Kalshi's default) for every subaccount
 */
public record SettlementQuery(String ticker, String eventTicker, Instant minTime, Instant maxTime,
        Integer subaccount) {

    /** A query over every subaccount. */
    public SettlementQuery(String ticker, String eventTicker, Instant minTime, Instant maxTime) {
        this(ticker, eventTicker, minTime, maxTime, null);
    }

    public static SettlementQuery all() {
        return new SettlementQuery(null, null, null, null);
    }
}
