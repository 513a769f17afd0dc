package dev.kalshisim.sim.server.rest;

import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.Series;
import dev.kalshisim.core.wire.GetEventResponse;
import dev.kalshisim.core.wire.GetEventsResponse;
import dev.kalshisim.core.wire.GetSeriesListResponse;
import dev.kalshisim.core.wire.GetSeriesResponse;
import dev.kalshisim.sim.engine.EventQuery;
import dev.kalshisim.sim.engine.MarketQuery;
import dev.kalshisim.sim.server.SimState;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.ApiResponse;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.QueryParams;
import dev.kalshisim.sim.server.http.Route;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/** Public catalog reads: events and series. */
public final class EventRoutes {

    private final SimState state;

    public EventRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.open("GET", "/events", this::events),
                Route.open("GET", "/events/{event_ticker}", this::event),
                Route.open("GET", "/series", this::seriesList),
                Route.open("GET", "/series/{series_ticker}", this::series));
    }

    private ApiResponse events(Call call) {
        QueryParams query = call.query();
        MarketStatus.StatusFilter status = query.parsed("status", text -> {
            MarketStatus.StatusFilter filter = MarketStatus.StatusFilter.fromWire(text);
            if (filter == MarketStatus.StatusFilter.PAUSED) {
                throw new IllegalArgumentException("must be unopened, open, closed or settled");
            }
            return filter;
        });
        query.bool("with_milestones", false);
        EventQuery filter = new EventQuery(query.optional("series_ticker"), new HashSet<>(query.csv("tickers", 200)),
                status, Times.seconds(query, "min_close_ts"), query.bool("with_nested_markets", false));
        List<Event> all = state.exchange().events(filter);
        Instant minUpdated = Times.seconds(query, "min_updated_ts");
        if (minUpdated != null) {
            all = all.stream().filter(e -> e.lastUpdatedTs() == null || !e.lastUpdatedTs().isBefore(minUpdated)).toList();
        }
        Pagination.Page<Event> page = Pagination.page(all, query, 200, 200, Event::eventTicker);
        return ApiResponse.ok(new GetEventsResponse(page.items(), null, page.cursor()));
    }

    private ApiResponse event(Call call) {
        String ticker = call.path("event_ticker");
        boolean nested = call.query().bool("with_nested_markets", false);
        Event event = state.exchange().event(ticker, nested)
                .orElseThrow(() -> ApiException.notFound("event " + ticker + " not found"));
        // The deprecated top-level list is still sent when markets are not nested, as production does.
        List<Market> markets = nested ? null : state.exchange().markets(MarketQuery.all().withEventTicker(ticker));
        return ApiResponse.ok(new GetEventResponse(event, markets));
    }

    private ApiResponse seriesList(Call call) {
        QueryParams query = call.query();
        query.bool("include_volume", false);
        query.bool("include_product_metadata", false);
        List<String> tags = query.csv("tags", 100);
        List<Series> all = state.exchange().listSeries(query.optional("category")).stream()
                .filter(series -> tags.isEmpty() || series.tags().stream().anyMatch(tags::contains))
                .toList();
        Instant minUpdated = Times.seconds(query, "min_updated_ts");
        if (minUpdated != null) {
            all = all.stream().filter(s -> s.lastUpdatedTs() == null || !s.lastUpdatedTs().isBefore(minUpdated)).toList();
        }
        return ApiResponse.ok(new GetSeriesListResponse(all));
    }

    private ApiResponse series(Call call) {
        call.query().bool("include_volume", false);
        String ticker = call.path("series_ticker");
        Series series = state.exchange().series(ticker)
                .orElseThrow(() -> ApiException.notFound("series " + ticker + " not found"));
        return ApiResponse.ok(new GetSeriesResponse(series));
    }
}
