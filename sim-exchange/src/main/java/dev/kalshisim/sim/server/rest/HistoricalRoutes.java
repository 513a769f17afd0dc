package dev.kalshisim.sim.server.rest;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.EventPosition;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.core.wire.GetFillsResponse;
import dev.kalshisim.core.wire.GetMarketResponse;
import dev.kalshisim.core.wire.GetMarketsResponse;
import dev.kalshisim.core.wire.GetOrdersResponse;
import dev.kalshisim.core.wire.GetPositionsResponse;
import dev.kalshisim.core.wire.GetTradesResponse;
import dev.kalshisim.sim.engine.retention.Cutoffs;
import dev.kalshisim.sim.history.CandleBuilder;
import dev.kalshisim.sim.history.HistoricalWire;
import dev.kalshisim.sim.history.HistoryStore;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.QueryParams;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.server.http.RouteResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kalshi's {@code /historical} endpoints over the simulator's historical store: what has left the
 * engine's live window (see {@code LiveWindow}). Pages are newest first by archive order, with
 * opaque cursors; {@code /historical/cutoff} tells where the live endpoints stop.
 */
public final class HistoricalRoutes {

    private static final String CURSOR_PREFIX = "h1:";

    private final SimState state;

    public HistoricalRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.open("GET", "/historical/cutoff", this::cutoff),
                Route.open("GET", "/historical/markets", this::markets),
                Route.open("GET", "/historical/markets/{ticker}", this::market),
                Route.open("GET", "/historical/markets/{ticker}/candlesticks", this::candlesticks),
                Route.open("GET", "/historical/trades", this::trades),
                Route.signed("GET", "/historical/fills", this::fills),
                Route.signed("GET", "/historical/orders", this::orders),
                Route.signed("GET", "/historical/positions", this::positions));
    }

    private RouteResponse cutoff(Call call) {
        Cutoffs cutoffs = state.history().cutoffs();
        return RouteResponse.ok(new HistoricalWire.CutoffResponse(cutoffs.marketSettled(), cutoffs.tradesCreated(),
                cutoffs.ordersUpdated(), cutoffs.positionsUpdated()));
    }

    private RouteResponse markets(Call call) {
        QueryParams query = call.query();
        List<String> tickers = query.csv("tickers", 1000);
        String event = query.optional("event_ticker");
        String series = query.optional("series_ticker");
        int filters = (tickers.isEmpty() ? 0 : 1) + (event == null ? 0 : 1) + (series == null ? 0 : 1);
        if (filters > 1) {
            throw ApiException.invalid("tickers, event_ticker and series_ticker are mutually exclusive");
        }
        String mve = query.optional("mve_filter");
        if (mve != null && !mve.equals("exclude")) {
            throw ApiException.invalid("query parameter mve_filter must be exclude, got \"" + mve + "\"");
        }
        int limit = limit(query, 0);
        HistoryStore.Page<Market> page = state.history().markets(tickers, event, series, after(query), limit);
        return RouteResponse.ok(new GetMarketsResponse(page.items(), cursor(page)));
    }

    private RouteResponse market(Call call) {
        return RouteResponse.ok(new GetMarketResponse(archivedMarket(call.path("ticker"))));
    }

    private RouteResponse candlesticks(Call call) {
        Market market = archivedMarket(call.path("ticker"));
        CandlestickRoutes.Window window = CandlestickRoutes.Window.of(call.query(), 1);
        List<HistoricalWire.HistoricalCandlestick> candles = new ArrayList<>();
        new CandleBuilder(state.history().bars(market.ticker()), null)
                .build(window.startTs(), window.endTs(), window.periodSeconds(), window.includeLatestBeforeStart())
                .forEach(candle -> candles.add(HistoricalWire.HistoricalCandlestick.of(candle)));
        return RouteResponse.ok(new HistoricalWire.CandlesticksResponse(market.ticker(), candles));
    }

    private RouteResponse trades(Call call) {
        QueryParams query = call.query();
        Long min = nanos(query, "min_ts");
        Long max = nanos(query, "max_ts");
        int limit = limit(query, 0);
        Long after = after(query);
        if (query.bool("is_block_trade", false)) {
            // The simulator has no block trades.
            return RouteResponse.ok(new GetTradesResponse(List.of(), ""));
        }
        HistoryStore.Page<Trade> page = state.history().trades(query.optional("ticker"), min, max, after, limit);
        return RouteResponse.ok(new GetTradesResponse(page.items(), cursor(page)));
    }

    private RouteResponse fills(Call call) {
        QueryParams query = call.query();
        var page = state.history().fills(call.memberId(), query.optional("ticker"), nanos(query, "max_ts"),
                after(query), limit(query, 1));
        return RouteResponse.ok(new GetFillsResponse(page.items(), cursor(page)));
    }

    private RouteResponse orders(Call call) {
        QueryParams query = call.query();
        var page = state.history().orders(call.memberId(), query.optional("ticker"), nanos(query, "max_ts"),
                after(query), limit(query, 1));
        return RouteResponse.ok(new GetOrdersResponse(page.items(), cursor(page)));
    }

    private RouteResponse positions(Call call) {
        QueryParams query = call.query();
        var page = state.history().positions(call.memberId(), query.optional("ticker"),
                query.optional("event_ticker"), after(query), limit(query, 1));
        List<MarketPosition> markets = new ArrayList<>();
        Map<String, List<MarketPosition>> byEvent = new LinkedHashMap<>();
        for (HistoryStore.Positioned held : page.items()) {
            markets.add(held.position());
            byEvent.computeIfAbsent(held.eventTicker(), key -> new ArrayList<>()).add(held.position());
        }
        List<EventPosition> events = new ArrayList<>();
        byEvent.forEach((event, list) -> events.add(eventPosition(event, list)));
        return RouteResponse.ok(new GetPositionsResponse(markets, events, cursor(page)));
    }

    private static EventPosition eventPosition(String event, List<MarketPosition> positions) {
        Money exposure = Money.ZERO;
        Money realized = Money.ZERO;
        Money fees = Money.ZERO;
        Count shares = Count.ZERO;
        for (MarketPosition position : positions) {
            exposure = exposure.plus(orZero(position.marketExposureDollars()));
            realized = realized.plus(orZero(position.realizedPnlDollars()));
            fees = fees.plus(orZero(position.feesPaidDollars()));
            shares = shares.plus(position.positionFp() == null ? Count.ZERO : position.positionFp().abs());
        }
        return new EventPosition(event, exposure, shares, exposure, realized, fees);
    }

    private Market archivedMarket(String ticker) {
        Market market = state.history().market(ticker);
        if (market == null) {
            throw ApiException.notFound("market " + ticker + " not found in the historical data");
        }
        return market;
    }

    /** Page size: 1 to 1000 (100 by default); endpoints whose spec allows 0 read it as the default. */
    private static int limit(QueryParams query, int min) {
        long limit = query.longInRange("limit", 100, min, 1000);
        return limit == 0 ? 100 : (int) limit;
    }

    /** A Unix-seconds bound as epoch nanos, clamped to the range the store can hold. */
    private static Long nanos(QueryParams query, String name) {
        Instant at = Times.seconds(query, name);
        if (at == null) {
            return null;
        }
        long seconds = Math.max(Math.min(at.getEpochSecond(), Long.MAX_VALUE / 1_000_000_000L - 1),
                Long.MIN_VALUE / 1_000_000_000L + 1);
        return seconds * 1_000_000_000L + at.getNano();
    }

    private static Long after(QueryParams query) {
        String cursor = query.optional("cursor");
        if (cursor == null) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(CURSOR_PREFIX)) {
                throw ApiException.invalid("malformed cursor");
            }
            return Long.parseLong(text.substring(CURSOR_PREFIX.length()));
        } catch (IllegalArgumentException malformed) {
            throw ApiException.invalid("malformed cursor");
        }
    }

    private static String cursor(HistoryStore.Page<?> page) {
        if (page.nextAfter() == null) {
            return "";
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + page.nextAfter()).getBytes(StandardCharsets.UTF_8));
    }

    private static Money orZero(Money money) {
        return money == null ? Money.ZERO : money;
    }
}
