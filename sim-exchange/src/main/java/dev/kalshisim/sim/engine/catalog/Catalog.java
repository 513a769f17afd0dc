package dev.kalshisim.sim.engine.catalog;

import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.engine.time.Times;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Series, events and markets by ticker, in creation order, and the settled markets in the order
 * they settled (the live window's queue). The only owner of these maps: the other services look
 * markets up and the live window retires them through its methods.
 */
public final class Catalog {

    private final Map<String, SeriesState> series = new LinkedHashMap<>();
    private final Map<String, EventState> events = new LinkedHashMap<>();
    private final Map<String, MarketState> markets = new LinkedHashMap<>();
    /** Tickers of markets moved to the historical store; never reused. */
    private final Set<String> archivedTickers = new HashSet<>();
    /** Live settled markets, in the order they settled. */
    private final ArrayDeque<MarketState> settledMarkets = new ArrayDeque<>();

    EngineResult<SeriesState> addSeries(SeriesSpec spec, long nowNanos) {
        if (series.containsKey(spec.ticker())) {
            return EngineResult.rejected(RejectReason.ALREADY_EXISTS, "series " + spec.ticker() + " already exists");
        }
        SeriesState state = new SeriesState(spec, nowNanos);
        series.put(spec.ticker(), state);
        return EngineResult.ok(state);
    }

    EngineResult<EventState> addEvent(EventSpec spec, long nowNanos) {
        SeriesState parent = series.get(spec.seriesTicker());
        if (parent == null) {
            return EngineResult.rejected(RejectReason.SERIES_NOT_FOUND, "series " + spec.seriesTicker() + " not found");
        }
        if (events.containsKey(spec.eventTicker())) {
            return EngineResult.rejected(RejectReason.ALREADY_EXISTS, "event " + spec.eventTicker() + " already exists");
        }
        EventState state = new EventState(spec, parent, nowNanos);
        events.put(spec.eventTicker(), state);
        return EngineResult.ok(state);
    }

    EngineResult<MarketState> addMarket(MarketSpec spec, long nowNanos) {
        EventState parent = events.get(spec.eventTicker());
        if (parent == null) {
            return EngineResult.rejected(RejectReason.EVENT_NOT_FOUND, "event " + spec.eventTicker() + " not found");
        }
        if (markets.containsKey(spec.ticker()) || archivedTickers.contains(spec.ticker())) {
            return EngineResult.rejected(RejectReason.ALREADY_EXISTS, "market " + spec.ticker() + " already exists");
        }
        MarketState state = new MarketState(spec, parent, Times.nanos(spec.openTime()), Times.nanos(spec.closeTime()),
                nowNanos);
        markets.put(spec.ticker(), state);
        parent.markets.add(state);
        return EngineResult.ok(state);
    }

    /** Queues a market that has just settled for the historical store. */
    void settled(MarketState market) {
        settledMarkets.addLast(market);
    }

    /** The live settled markets, oldest settlement first; a read-only view. */
    /** The market settled first among those still live, or null. */
    public MarketState oldestSettled() {
        return settledMarkets.peekFirst();
    }

    /** How many settled markets are live. */
    public int settledCount() {
        return settledMarkets.size();
    }

    public Collection<MarketState> settledMarkets() {
        return Collections.unmodifiableCollection(settledMarkets);
    }

    /**
     * Forgets the oldest settled market, {@code market}, which moved to the historical store; its
     * ticker stays taken.
     */
    public void forgetOldestSettled(MarketState market) {
        if (settledMarkets.peekFirst() != market) {
            throw new IllegalStateException(market.ticker + " is not the oldest settled market");
        }
        settledMarkets.pollFirst();
        markets.remove(market.ticker);
        market.event.markets.remove(market);
        archivedTickers.add(market.ticker);
    }

    public SeriesState series(String ticker) {
        return series.get(ticker);
    }

    public EventState event(String ticker) {
        return events.get(ticker);
    }

    public MarketState market(String ticker) {
        return markets.get(ticker);
    }

    public Collection<SeriesState> allSeries() {
        return series.values();
    }

    public Collection<EventState> allEvents() {
        return events.values();
    }

    public Collection<MarketState> allMarkets() {
        return markets.values();
    }
}
