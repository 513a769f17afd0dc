package dev.kalshisim.sim.engine.query;

import dev.kalshisim.core.model.MarketStatus;
import java.time.Instant;
import java.util.Set;

/**
 * Filters for {@code GET /events}; null or empty fields match all.
 *
 * @param seriesTicker events of this series
 * @param eventTickers only these events
 * @param status matches an event if any of its markets matches
 * @param minCloseTime events with a market closing at or after this time
 * @param withNestedMarkets include each event's markets
 */
public record EventQuery(
        String seriesTicker, Set<String> eventTickers, MarketStatus.StatusFilter status, Instant minCloseTime,
        boolean withNestedMarkets) {

    public EventQuery {
        eventTickers = eventTickers == null ? Set.of() : Set.copyOf(eventTickers);
    }

    public static EventQuery all() {
        return new EventQuery(null, Set.of(), null, null, false);
    }

    public EventQuery withSeriesTicker(String value) {
        return new EventQuery(value, eventTickers, status, minCloseTime, withNestedMarkets);
    }

    public EventQuery withNestedMarkets(boolean value) {
        return new EventQuery(seriesTicker, eventTickers, status, minCloseTime, value);
    }
}
