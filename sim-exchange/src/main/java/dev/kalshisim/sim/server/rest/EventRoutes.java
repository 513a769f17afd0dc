package dev.kalshisim.sim.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.EventFeeChange;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.Series;
import dev.kalshisim.core.wire.GetEventFeeChangesResponse;
import dev.kalshisim.core.wire.GetEventResponse;
import dev.kalshisim.core.wire.GetEventsResponse;
import dev.kalshisim.core.wire.GetMultivariateEventsResponse;
import dev.kalshisim.core.wire.GetSeriesFeeChangesResponse;
import dev.kalshisim.core.wire.GetSeriesListResponse;
import dev.kalshisim.core.wire.GetSeriesResponse;
import dev.kalshisim.sim.engine.query.EventQuery;
import dev.kalshisim.sim.engine.query.MarketQuery;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.Json;
import dev.kalshisim.sim.server.http.QueryParams;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.server.http.RouteResponse;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Public catalog reads: events, series, and their scheduled fee changes.
 *
 * <p>{@code /events/multivariate}, {@code /events/fee_changes} and {@code /series/fee_changes} are
 * literal paths, which the router prefers to the {@code {event_ticker}} and {@code {series_ticker}}
 * templates at the same position.
 */
public final class EventRoutes {

    private final SimState state;

    public EventRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.open("GET", "/events", this::events),
                Route.open("GET", "/events/{event_ticker}", this::event),
                Route.open("GET", "/events/multivariate", this::multivariateEvents),
                Route.open("GET", "/events/fee_changes", this::eventFeeChanges),
                Route.open("GET", "/series", this::seriesList),
                Route.open("GET", "/series/{series_ticker}", this::series),
                Route.open("GET", "/series/fee_changes", this::seriesFeeChanges));
    }

    private RouteResponse events(Call call) {
        QueryParams query = call.query();
        MarketStatus.StatusFilter status = query.parsed("status", text -> {
            MarketStatus.StatusFilter filter = MarketStatus.StatusFilter.fromWire(text);
            if (filter == MarketStatus.StatusFilter.PAUSED) {
                throw new IllegalArgumentException("must be unopened, open, closed or settled");
            }
            return filter;
        });
        boolean withMilestones = query.bool("with_milestones", false);
        EventQuery filter = new EventQuery(query.optional("series_ticker"), new HashSet<>(query.csv("tickers", 200)),
                status, Times.seconds(query, "min_close_ts"), query.bool("with_nested_markets", false));
        Set<String> combos = state.exchange().combos().comboEventTickers();
        // Combo events are listed by /events/multivariate only, as on Kalshi.
        List<Event> all = state.exchange().events(filter).stream().filter(e -> !combos.contains(e.eventTicker())).toList();
        Instant minUpdated = Times.seconds(query, "min_updated_ts");
        if (minUpdated != null) {
            all = all.stream().filter(e -> e.lastUpdatedTs() == null || !e.lastUpdatedTs().isBefore(minUpdated)).toList();
        }
        Pagination.Page<Event> page = Pagination.page(all, query, 200, 200, Event::eventTicker);
        return RouteResponse.ok(new GetEventsResponse(page.items(), withMilestones ? milestones(page.items()) : null,
                page.cursor()));
    }

    /** The milestones about any event of the page (related or primary), as Kalshi's {@code with_milestones} adds them. */
    private List<JsonNode> milestones(List<Event> events) {
        return state.reference().milestones().stream()
                .filter(milestone -> events.stream().anyMatch(event -> milestone.concerns(event.eventTicker())))
                .map(milestone -> (JsonNode) Json.mapper().valueToTree(milestone))
                .toList();
    }

    private RouteResponse event(Call call) {
        String ticker = call.path("event_ticker");
        boolean nested = call.query().bool("with_nested_markets", false);
        Event event = state.exchange().event(ticker, nested)
                .orElseThrow(() -> ApiException.notFound("event " + ticker + " not found"));
        // The deprecated top-level list is required by the OpenAPI; it repeats the nested markets when asked for those.
        List<Market> markets = nested ? event.markets()
                : state.exchange().markets(MarketQuery.all().withEventTicker(ticker));
        return RouteResponse.ok(new GetEventResponse(event, markets));
    }

    /** Combo events: one per combo market created in a multivariate event collection. */
    private RouteResponse multivariateEvents(Call call) {
        QueryParams query = call.query();
        String series = query.optional("series_ticker");
        String collection = query.optional("collection_ticker");
        if (series != null && collection != null) {
            throw ApiException.invalid("series_ticker and collection_ticker cannot be used together");
        }
        boolean nested = query.bool("with_nested_markets", false);
        List<Event> all = state.exchange().combos().comboEvents(collection, series, nested);
        Pagination.Page<Event> page = Pagination.page(all, query, 100, 200, Event::eventTicker);
        return RouteResponse.ok(new GetMultivariateEventsResponse(page.items(), page.cursor()));
    }

    /**
     * Scheduled event fee overrides. The simulator schedules none: fees are fixed when the control
     * plane creates a series or event, so the {@code event_ticker} filter has nothing to narrow.
     */
    private RouteResponse eventFeeChanges(Call call) {
        Pagination.Page<EventFeeChange> page = Pagination.page(List.of(), call.query(), 100, 1000, EventFeeChange::id);
        return RouteResponse.ok(new GetEventFeeChangesResponse(page.items(), page.cursor()));
    }

    /** Scheduled series fee changes, and past ones with {@code show_historical}: the simulator has neither. */
    private RouteResponse seriesFeeChanges(Call call) {
        call.query().bool("show_historical", false);
        return RouteResponse.ok(new GetSeriesFeeChangesResponse(List.of()));
    }

    private RouteResponse seriesList(Call call) {
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
        return RouteResponse.ok(new GetSeriesListResponse(all));
    }

    private RouteResponse series(Call call) {
        call.query().bool("include_volume", false);
        String ticker = call.path("series_ticker");
        Series series = state.exchange().series(ticker)
                .orElseThrow(() -> ApiException.notFound("series " + ticker + " not found"));
        return RouteResponse.ok(new GetSeriesResponse(series));
    }
}
