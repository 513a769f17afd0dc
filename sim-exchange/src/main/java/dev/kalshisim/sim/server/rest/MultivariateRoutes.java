package dev.kalshisim.sim.server.rest;

import dev.kalshisim.core.model.LookupPoint;
import dev.kalshisim.core.model.MultivariateEventCollection;
import dev.kalshisim.core.model.TickerPair;
import dev.kalshisim.core.wire.MultivariateWire;
import dev.kalshisim.sim.engine.combo.ComboMarket;
import dev.kalshisim.sim.engine.combo.Combos;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.QueryParams;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.RouteResponse;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.wire.Rejections;
import java.util.List;
import java.util.Set;

/**
 * Multivariate event collections: list and read them (public), create a combo market from selected
 * legs, look one up, and the lookup history. Collections are defined by the control plane.
 */
public final class MultivariateRoutes {

    private static final Set<Long> LOOKBACKS = Set.of(10L, 60L, 300L, 3600L);

    private final SimState state;

    public MultivariateRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.open("GET", "/multivariate_event_collections", this::collections),
                Route.open("GET", "/multivariate_event_collections/{collection_ticker}", this::collection),
                Route.signed("POST", "/multivariate_event_collections/{collection_ticker}", this::create),
                Route.signed("PUT", "/multivariate_event_collections/{collection_ticker}/lookup", this::lookup),
                Route.open("GET", "/multivariate_event_collections/{collection_ticker}/lookup", this::history));
    }

    private Combos combos() {
        return state.exchange().combos();
    }

    private RouteResponse collections(Call call) {
        QueryParams query = call.query();
        String status = query.optional("status");
        if (status != null && !List.of("unopened", "open", "closed").contains(status)) {
            throw ApiException.invalid("query parameter status must be unopened, open or closed, got \"" + status + "\"");
        }
        List<MultivariateEventCollection> all = combos().collections(status, query.optional("associated_event_ticker"),
                query.optional("series_ticker"));
        Pagination.Page<MultivariateEventCollection> page = Pagination.page(all, query, 200, 200,
                MultivariateEventCollection::collectionTicker);
        return RouteResponse.ok(new MultivariateWire.GetCollectionsResponse(page.items(), page.cursor()));
    }

    private RouteResponse collection(Call call) {
        return RouteResponse.ok(new MultivariateWire.GetCollectionResponse(
                Rejections.orThrow(combos().collection(call.path("collection_ticker")))));
    }

    private RouteResponse create(Call call) {
        MultivariateWire.SelectedMarketsRequest body = call.read(MultivariateWire.SelectedMarketsRequest.class);
        ComboMarket combo = Rejections.orThrow(combos().createMarket(call.path("collection_ticker"), legs(body)));
        boolean withMarket = Boolean.TRUE.equals(body.withMarketPayload());
        return RouteResponse.ok(new MultivariateWire.ComboMarketResponse(combo.eventTicker(), combo.marketTicker(),
                withMarket ? combo.market() : null));
    }

    private RouteResponse lookup(Call call) {
        MultivariateWire.SelectedMarketsRequest body = call.read(MultivariateWire.SelectedMarketsRequest.class);
        ComboMarket combo = Rejections.orThrow(combos().lookup(call.path("collection_ticker"), legs(body)));
        return RouteResponse.ok(new MultivariateWire.ComboMarketResponse(combo.eventTicker(), combo.marketTicker(),
                null));
    }

    private RouteResponse history(Call call) {
        QueryParams query = call.query();
        Long lookback = query.optionalLong("lookback_seconds");
        if (lookback == null || !LOOKBACKS.contains(lookback)) {
            throw ApiException.invalid("query parameter lookback_seconds must be 10, 60, 300 or 3600");
        }
        List<LookupPoint> points = Rejections.orThrow(combos().lookupHistory(call.path("collection_ticker"), lookback));
        return RouteResponse.ok(new MultivariateWire.GetLookupHistoryResponse(points));
    }

    private static List<TickerPair> legs(MultivariateWire.SelectedMarketsRequest body) {
        if (body.selectedMarkets() == null || body.selectedMarkets().isEmpty()) {
            throw ApiException.invalid("selected_markets is required");
        }
        return body.selectedMarkets();
    }
}
