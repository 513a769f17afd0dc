package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.Series;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Creates and lists series, events and markets as core's Kalshi records. */
final class CatalogService {

    private final EngineState state;
    private final MarketLifecycle lifecycle;

    CatalogService(EngineState state, MarketLifecycle lifecycle) {
        this.state = state;
        this.lifecycle = lifecycle;
    }

    Outcome<Series> createSeries(SeriesSpec spec) {
        String problem = state.config.limits().feeMultiplierProblem(spec.feeMultiplier());
        if (problem != null) {
            return Outcome.rejected(RejectReason.INVALID_PARAMETERS, problem);
        }
        return state.catalog.addSeries(spec, state.now()).map(this::series);
    }

    Outcome<Event> createEvent(EventSpec spec) {
        String problem = spec.feeMultiplierOverride() == null ? null
                : state.config.limits().feeMultiplierProblem(spec.feeMultiplierOverride());
        if (problem != null) {
            return Outcome.rejected(RejectReason.INVALID_PARAMETERS, problem);
        }
        return state.catalog.addEvent(spec, state.now()).map(e -> event(e, false));
    }

    Outcome<Market> createMarket(MarketSpec spec) {
        if (!EngineLimits.acceptsTime(spec.openTime()) || !EngineLimits.acceptsTime(spec.closeTime())) {
            return Outcome.rejected(RejectReason.INVALID_PARAMETERS, "open and close times must lie from "
                    + EngineLimits.EARLIEST_TIME + " to before " + EngineLimits.LATEST_TIME);
        }
        Outcome<MarketState> created = state.catalog.addMarket(spec, state.now());
        if (created.isOk()) {
            lifecycle.track(created.value());
        }
        return created.map(this::market);
    }

    Optional<Series> series(String ticker) {
        return Optional.ofNullable(state.catalog.series(ticker)).map(this::series);
    }

    List<Series> listSeries(String category) {
        List<Series> out = new ArrayList<>();
        for (SeriesState s : state.catalog.allSeries()) {
            if (category == null || category.equals(s.spec.category())) {
                out.add(series(s));
            }
        }
        return out;
    }

    Optional<Event> event(String ticker, boolean withNestedMarkets) {
        return Optional.ofNullable(state.catalog.event(ticker)).map(e -> event(e, withNestedMarkets));
    }

    List<Event> events(EventQuery query) {
        List<Event> out = new ArrayList<>();
        for (EventState e : state.catalog.allEvents()) {
            if ((query.seriesTicker() == null || query.seriesTicker().equals(e.series.ticker()))
                    && (query.eventTickers().isEmpty() || query.eventTickers().contains(e.ticker()))
                    && (query.status() == null || e.markets.stream().anyMatch(m -> m.status.filter() == query.status()))
                    && (query.minCloseTime() == null || e.markets.stream()
                            .anyMatch(m -> !Times.instant(m.closeNanos).isBefore(query.minCloseTime())))) {
                out.add(event(e, query.withNestedMarkets()));
            }
        }
        return out;
    }

    Optional<Market> market(String ticker) {
        return Optional.ofNullable(state.catalog.market(ticker)).map(this::market);
    }

    List<Market> markets(MarketQuery query) {
        List<Market> out = new ArrayList<>();
        for (MarketState m : state.catalog.allMarkets()) {
            if (matches(m, query)) {
                out.add(market(m));
            }
        }
        return out;
    }

    Market market(MarketState m) {
        return Views.market(m, state.now());
    }

    private static boolean matches(MarketState m, MarketQuery q) {
        Instant settled = m.settledNanos == 0 ? null : Times.instant(m.settledNanos);
        boolean settledOk = (q.minSettledTime() == null && q.maxSettledTime() == null)
                || (settled != null && Times.within(settled, q.minSettledTime(), q.maxSettledTime()));
        return (q.eventTicker() == null || q.eventTicker().equals(m.event.ticker()))
                && (q.seriesTicker() == null || q.seriesTicker().equals(m.event.series.ticker()))
                && (q.tickers().isEmpty() || q.tickers().contains(m.ticker))
                && (q.status() == null || q.status() == m.status.filter())
                && Times.within(Times.instant(m.createdNanos), q.minCreatedTime(), q.maxCreatedTime())
                && Times.within(Times.instant(m.closeNanos), q.minCloseTime(), q.maxCloseTime())
                && settledOk;
    }

    private Series series(SeriesState s) {
        long volume = 0;
        for (EventState e : state.catalog.allEvents()) {
            if (e.series == s) {
                for (MarketState m : e.markets) {
                    volume += m.volume;
                }
            }
        }
        return Views.series(s, volume);
    }

    private Event event(EventState e, boolean withNestedMarkets) {
        long updated = e.createdNanos;
        List<Market> nested = withNestedMarkets ? new ArrayList<>() : null;
        for (MarketState m : e.markets) {
            updated = Math.max(updated, m.updatedNanos);
            if (nested != null) {
                nested.add(market(m));
            }
        }
        return Views.event(e, nested, updated);
    }
}
