package dev.kalshisim.sim.engine.query;

import java.time.Instant;

/**
 * Filters for {@code GET /markets/trades}; null fields match all, bounds inclusive.
 *
 * @param ticker trades of this market
 */
public record TradeQuery(String ticker, Instant minTime, Instant maxTime) {

    public static TradeQuery all() {
        return new TradeQuery(null, null, null);
    }

    public static TradeQuery forTicker(String ticker) {
        return new TradeQuery(ticker, null, null);
    }
}
