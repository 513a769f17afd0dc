package dev.kalshisim.sim.engine;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Series, events and markets by ticker, in creation order. */
final class Catalog {

    private final Map<String, SeriesState> series = new LinkedHashMap<>();
    private final Map<String, EventState> events = new LinkedHashMap<>();
    private final Map<String, MarketState> markets = new LinkedHashMap<>();
    /** Tickers of markets moved to the historical store; never reused. */
    private final Set<String> archivedTickers = new HashSet<>();

    Outcome<SeriesState> addSeries(SeriesSpec spec, long nowNanos) {
        if (series.containsKey(spec.ticker())) {
            return Outcome.rejected(RejectReason.ALREADY_EXISTS, "series " + spec.ticker() + " already exists");
        }
        SeriesState state = new SeriesState(spec, nowNanos);
        series.put(spec.ticker(), state);
        return Outcome.ok(state);
    }

    Outcome<EventState> addEvent(EventSpec spec, long nowNanos) {
        SeriesState parent = series.get(spec.seriesTicker());
        if (parent == null) {
            return Outcome.rejected(RejectReason.SERIES_NOT_FOUND, "series " + spec.seriesTicker() + " not found");
        }
        if (events.containsKey(spec.eventTicker())) {
            return Outcome.rejected(RejectReason.ALREADY_EXISTS, "event " + spec.eventTicker() + " already exists");
        }
        EventState state = new EventState(spec, parent, nowNanos);
        events.put(spec.eventTicker(), state);
        return Outcome.ok(state);
    }

    Outcome<MarketState> addMarket(MarketSpec spec, long nowNanos) {
        EventState parent = events.get(spec.eventTicker());
        if (parent == null) {
            return Outcome.rejected(RejectReason.EVENT_NOT_FOUND, "event " + spec.eventTicker() + " not found");
        }
        if (markets.containsKey(spec.ticker()) || archivedTickers.contains(spec.ticker())) {
            return Outcome.rejected(RejectReason.ALREADY_EXISTS, "market " + spec.ticker() + " already exists");
        }
        MarketState state = new MarketState(spec, parent, Times.nanos(spec.openTime()), Times.nanos(spec.closeTime()),
                nowNanos);
        markets.put(spec.ticker(), state);
        parent.markets.add(state);
        return Outcome.ok(state);
    }

    /** Forgets a settled market that moved to the historical store; its ticker stays taken. */
    void removeMarket(MarketState market) {
        markets.remove(market.ticker);
        market.event.markets.remove(market);
        archivedTickers.add(market.ticker);
    }

    SeriesState series(String ticker) {
        return series.get(ticker);
    }

    EventState event(String ticker) {
        return events.get(ticker);
    }

    MarketState market(String ticker) {
        return markets.get(ticker);
    }

    Collection<SeriesState> allSeries() {
        return series.values();
    }

    Collection<EventState> allEvents() {
        return events.values();
    }

    Collection<MarketState> allMarkets() {
        return markets.values();
    }
}
