package dev.kalshisim.sim.server.rest;

import dev.kalshisim.sim.wire.Rejections;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketOrderbook;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.core.wire.GetMarketResponse;
import dev.kalshisim.core.wire.GetMarketsResponse;
import dev.kalshisim.core.wire.GetOrderbookResponse;
import dev.kalshisim.core.wire.GetOrderbooksResponse;
import dev.kalshisim.core.wire.GetTradesResponse;
import dev.kalshisim.sim.engine.query.MarketQuery;
import dev.kalshisim.sim.engine.query.TradeQuery;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.QueryParams;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.server.http.RouteResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Public market data: markets, one market, order books and trades. */
public final class MarketRoutes {

    private final SimState state;

    public MarketRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.open("GET", "/markets", this::markets),
                Route.open("GET", "/markets/{ticker}", this::market),
                Route.open("GET", "/markets/{ticker}/orderbook", this::orderbook),
                Route.open("GET", "/markets/orderbooks", this::orderbooks),
                Route.open("GET", "/markets/trades", this::trades));
    }

    private RouteResponse markets(Call call) {
        QueryParams query = call.query();
        requireOneTimeFamily(query);
        MarketStatus.StatusFilter status = query.parsed("status", MarketStatus.StatusFilter::fromWire);
        String mveFilter = query.parsed("mve_filter", value -> {
            if (!value.equals("only") && !value.equals("exclude")) {
                throw new IllegalArgumentException("must be only or exclude");
            }
            return value;
        });
        MarketQuery filter = new MarketQuery(query.optional("event_ticker"), query.optional("series_ticker"),
                new HashSet<>(query.csv("tickers", 1000)), status,
                Times.seconds(query, "min_created_ts"), Times.seconds(query, "max_created_ts"),
                Times.seconds(query, "min_close_ts"), Times.seconds(query, "max_close_ts"),
                Times.seconds(query, "min_settled_ts"), Times.seconds(query, "max_settled_ts"));
        List<Market> all = state.exchange().markets(filter);
        if (mveFilter != null) {
            boolean only = mveFilter.equals("only");
            all = all.stream().filter(m -> (m.mveCollectionTicker() != null) == only).toList();
        }
        Instant minUpdated = Times.seconds(query, "min_updated_ts");
        if (minUpdated != null) {
            all = all.stream().filter(m -> m.updatedTime() == null || !m.updatedTime().isBefore(minUpdated)).toList();
        }
        Pagination.Page<Market> page = Pagination.page(all, query, 100, 1000, Market::ticker);
        return RouteResponse.ok(new GetMarketsResponse(page.items(), page.cursor()));
    }

    private RouteResponse market(Call call) {
        Market market = state.exchange().market(call.path("ticker"))
                .orElseThrow(() -> ApiException.notFound("market " + call.path("ticker") + " not found"));
        return RouteResponse.ok(new GetMarketResponse(market));
    }

    private RouteResponse orderbook(Call call) {
        int depth = (int) call.query().longInRange("depth", 0, 0, 100);
        return RouteResponse.ok(new GetOrderbookResponse(
                Rejections.orThrow(state.exchange().orderbook(call.path("ticker"), depth))));
    }

    private RouteResponse orderbooks(Call call) {
        // Kalshi documents repeated tickers=A&tickers=B; comma-separated values are accepted too.
        List<String> tickers = call.query().csv("tickers", 100);
        if (tickers.isEmpty()) {
            throw ApiException.invalid("query parameter tickers is required (1 to 100 tickers)");
        }
        List<MarketOrderbook> books = new ArrayList<>();
        for (String ticker : tickers) {
            books.add(new MarketOrderbook(ticker, Rejections.orThrow(state.exchange().orderbook(ticker, 0))));
        }
        return RouteResponse.ok(new GetOrderbooksResponse(books));
    }

    private RouteResponse trades(Call call) {
        QueryParams query = call.query();
        boolean blockTradesOnly = query.bool("is_block_trade", false);
        List<Trade> all = blockTradesOnly ? List.of() : state.exchange().trades(new TradeQuery(query.optional("ticker"),
                Times.seconds(query, "min_ts"), Times.seconds(query, "max_ts")));
        Pagination.Page<Trade> page = Pagination.page(all, query, 100, 1000, Trade::tradeId);
        return RouteResponse.ok(new GetTradesResponse(page.items(), page.cursor()));
    }

    /** Kalshi allows one timestamp family per call (created, close, settled, or updated). */
    private static void requireOneTimeFamily(QueryParams query) {
        int families = 0;
        families += query.optional("min_created_ts") != null || query.optional("max_created_ts") != null ? 1 : 0;
        families += query.optional("min_close_ts") != null || query.optional("max_close_ts") != null ? 1 : 0;
        families += query.optional("min_settled_ts") != null || query.optional("max_settled_ts") != null ? 1 : 0;
        families += query.optional("min_updated_ts") != null ? 1 : 0;
        if (families > 1) {
            throw ApiException.invalid("only one timestamp family (created, close, settled or updated) may be used per call");
        }
    }
}
