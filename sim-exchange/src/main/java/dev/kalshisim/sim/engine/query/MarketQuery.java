package dev.kalshisim.sim.engine.query;

import dev.kalshisim.core.model.MarketStatus;
import java.time.Instant;
import java.util.Set;

/**
 * Filters for {@code GET /markets}; every null or empty field matches all. Time bounds are inclusive.
 *
 * @param eventTicker markets of this event
 * @param seriesTicker markets of this series
 * @param tickers only these markets
 * @param status the coarse status filter (unopened, open, paused, closed, settled)
 */
public record MarketQuery(
        String eventTicker, String seriesTicker, Set<String> tickers, MarketStatus.StatusFilter status,
        Instant minCreatedTime, Instant maxCreatedTime, Instant minCloseTime, Instant maxCloseTime,
        Instant minSettledTime, Instant maxSettledTime) {

    public MarketQuery {
        tickers = tickers == null ? Set.of() : Set.copyOf(tickers);
    }

    public static MarketQuery all() {
        return new MarketQuery(null, null, Set.of(), null, null, null, null, null, null, null);
    }

    public MarketQuery withEventTicker(String value) {
        return new MarketQuery(value, seriesTicker, tickers, status, minCreatedTime, maxCreatedTime, minCloseTime,
                maxCloseTime, minSettledTime, maxSettledTime);
    }

    public MarketQuery withSeriesTicker(String value) {
        return new MarketQuery(eventTicker, value, tickers, status, minCreatedTime, maxCreatedTime, minCloseTime,
                maxCloseTime, minSettledTime, maxSettledTime);
    }

    public MarketQuery withTickers(Set<String> value) {
        return new MarketQuery(eventTicker, seriesTicker, value, status, minCreatedTime, maxCreatedTime, minCloseTime,
                maxCloseTime, minSettledTime, maxSettledTime);
    }

    public MarketQuery withStatus(MarketStatus.StatusFilter value) {
        return new MarketQuery(eventTicker, seriesTicker, tickers, value, minCreatedTime, maxCreatedTime, minCloseTime,
                maxCloseTime, minSettledTime, maxSettledTime);
    }
}
