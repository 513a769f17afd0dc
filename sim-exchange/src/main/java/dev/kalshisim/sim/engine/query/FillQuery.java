package dev.kalshisim.sim.engine.query;

import java.time.Instant;

/**
 * Filters for {@code GET /portfolio/fills}; null fields match all, bounds inclusive.
 *
 * @param ticker fills in this market
 * @param orderId fills of this order
 * @param subaccount fills of this subaccount
 */
public record FillQuery(String ticker, String orderId, Instant minTime, Instant maxTime, Integer subaccount) {

    public static FillQuery all() {
        return new FillQuery(null, null, null, null, null);
    }

    public FillQuery withTicker(String value) {
        return new FillQuery(value, orderId, minTime, maxTime, subaccount);
    }

    public FillQuery withOrderId(String value) {
        return new FillQuery(ticker, value, minTime, maxTime, subaccount);
    }
}
