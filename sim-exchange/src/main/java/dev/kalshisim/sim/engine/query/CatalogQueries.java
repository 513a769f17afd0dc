package dev.kalshisim.sim.engine.query;

import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.Series;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.book.Books;
import dev.kalshisim.sim.engine.book.WireRecords;
import dev.kalshisim.sim.engine.catalog.Catalog;
import dev.kalshisim.sim.engine.catalog.EventState;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.catalog.SeriesState;
import dev.kalshisim.sim.engine.time.Times;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists series, events and markets as core's Kalshi records, with the trading figures (volume,
 * best levels) that the catalog itself does not keep.
 */
public final class CatalogQueries {

    private final Clock clock;
    private final Catalog catalog;
    private final Books books;

    public CatalogQueries(Clock clock, Catalog catalog, Books books) {
        this.clock = clock;
        this.catalog = catalog;
        this.books = books;
    }

    public Optional<Series> series(String ticker) {
        return Optional.ofNullable(catalog.series(ticker)).map(this::series);
    }

    public List<Series> listSeries(String category) {
        List<Series> out = new ArrayList<>();
        for (SeriesState s : catalog.allSeries()) {
            if (category == null || category.equals(s.spec().category())) {
                out.add(series(s));
            }
        }
        return out;
    }

    public Optional<Event> event(String ticker, boolean withNestedMarkets) {
        return Optional.ofNullable(catalog.event(ticker)).map(e -> event(e, withNestedMarkets));
    }

    public List<Event> events(EventQuery query) {
        List<Event> out = new ArrayList<>();
        for (EventState e : catalog.allEvents()) {
            if ((query.seriesTicker() == null || query.seriesTicker().equals(e.series().ticker()))
                    && (query.eventTickers().isEmpty() || query.eventTickers().contains(e.ticker()))
                    && (query.status() == null
                            || e.markets().stream().anyMatch(m -> m.status().filter() == query.status()))
                    && (query.minCloseTime() == null || e.markets().stream()
                            .anyMatch(m -> !Times.instant(m.closeNanos()).isBefore(query.minCloseTime())))) {
                out.add(event(e, query.withNestedMarkets()));
            }
        }
        return out;
    }

    public Optional<Market> market(String ticker) {
        return Optional.ofNullable(catalog.market(ticker)).map(this::market);
    }

    public List<Market> markets(MarketQuery query) {
        List<Market> out = new ArrayList<>();
        for (MarketState m : catalog.allMarkets()) {
            if (matches(m, query)) {
                out.add(market(m));
            }
        }
        return out;
    }

    /** The market as Kalshi shows it now. */
    public Market market(MarketState m) {
        return WireRecords.market(m, books.of(m), clock.nowNanos());
    }

    /** The series as Kalshi shows it, with the volume of its live markets. */
    public Series series(SeriesState s) {
        long volume = 0;
        for (EventState e : catalog.allEvents()) {
            if (e.series() == s) {
                for (MarketState m : e.markets()) {
                    volume += m.volume();
                }
            }
        }
        return WireRecords.series(s, volume);
    }

    /** The event as Kalshi shows it, updated when its newest market change happened. */
    public Event event(EventState e, boolean withNestedMarkets) {
        long updated = e.createdNanos();
        List<Market> nested = withNestedMarkets ? new ArrayList<>() : null;
        for (MarketState m : e.markets()) {
            updated = Math.max(updated, m.updatedNanos());
            if (nested != null) {
                nested.add(market(m));
            }
        }
        return WireRecords.event(e, nested, updated);
    }

    private static boolean matches(MarketState m, MarketQuery q) {
        Instant settled = m.settledNanos() == 0 ? null : Times.instant(m.settledNanos());
        boolean settledOk = (q.minSettledTime() == null && q.maxSettledTime() == null)
                || (settled != null && Times.within(settled, q.minSettledTime(), q.maxSettledTime()));
        return (q.eventTicker() == null || q.eventTicker().equals(m.event().ticker()))
                && (q.seriesTicker() == null || q.seriesTicker().equals(m.event().series().ticker()))
                && (q.tickers().isEmpty() || q.tickers().contains(m.ticker()))
                && (q.status() == null || q.status() == m.status().filter())
                && Times.within(Times.instant(m.createdNanos()), q.minCreatedTime(), q.maxCreatedTime())
                && Times.within(Times.instant(m.closeNanos()), q.minCloseTime(), q.maxCloseTime())
                && settledOk;
    }
}
