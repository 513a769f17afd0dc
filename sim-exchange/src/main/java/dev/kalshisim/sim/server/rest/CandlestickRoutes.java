package dev.kalshisim.sim.server.rest;

import dev.kalshisim.core.model.Candlestick;
import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketCandlesticks;
import dev.kalshisim.core.wire.BatchGetMarketCandlesticksResponse;
import dev.kalshisim.core.wire.GetMarketCandlesticksResponse;
import dev.kalshisim.sim.history.CandleBuilder;
import dev.kalshisim.sim.history.QuoteHistory;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.QueryParams;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.server.http.RouteResponse;
import java.util.ArrayList;
import java.util.List;

/** Public candlesticks computed from the simulator's own trades and quotes: one market or a batch. */
public final class CandlestickRoutes {

    /** Kalshi's cap on candles per request. */
    static final long MAX_CANDLES = 10_000;

    private final SimState state;

    public CandlestickRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.open("GET", "/series/{series_ticker}/markets/{ticker}/candlesticks", this::marketCandles),
                Route.open("GET", "/markets/candlesticks", this::batchCandles));
    }

    private RouteResponse marketCandles(Call call) {
        Window window = Window.of(call.query(), 1);
        Market market = existingMarket(call.path("ticker"));
        String series = state.exchange().event(market.eventTicker(), false).map(Event::seriesTicker).orElse(null);
        if (!call.path("series_ticker").equals(series)) {
            throw ApiException.notFound("market " + market.ticker() + " is not in series " + call.path("series_ticker"));
        }
        return RouteResponse.ok(new GetMarketCandlesticksResponse(market.ticker(), candles(market.ticker(), window)));
    }

    private RouteResponse batchCandles(Call call) {
        List<String> tickers = call.query().csv("market_tickers", 100);
        if (tickers.isEmpty()) {
            throw ApiException.invalid("query parameter market_tickers is required (1 to 100 tickers)");
        }
        Window window = Window.of(call.query(), tickers.size());
        List<MarketCandlesticks> markets = new ArrayList<>();
        for (String ticker : tickers) {
            markets.add(new MarketCandlesticks(ticker, candles(existingMarket(ticker).ticker(), window)));
        }
        return RouteResponse.ok(new BatchGetMarketCandlesticksResponse(markets));
    }

    private Market existingMarket(String ticker) {
        return state.exchange().market(ticker).orElseThrow(() -> ApiException.notFound("market " + ticker + " not found"));
    }

    private List<Candlestick> candles(String ticker, Window window) {
        QuoteHistory.Bars bars = state.quotes().bars(ticker);
        return new CandleBuilder(bars.ascending(), bars.floor())
                .build(window.startTs, window.endTs, window.periodSeconds, window.includeLatestBeforeStart);
    }

    /** The validated time window of a request. */
    record Window(long startTs, long endTs, long periodSeconds, boolean includeLatestBeforeStart) {

        static Window of(QueryParams query, int markets) {
            long start = required(query, "start_ts");
            long end = required(query, "end_ts");
            if (end < start) {
                throw ApiException.invalid("end_ts must not be before start_ts");
            }
            long interval = required(query, "period_interval");
            if (interval != 1 && interval != 60 && interval != 1440) {
                throw ApiException.invalid("period_interval must be 1, 60 or 1440 minutes, got " + interval);
            }
            long period = interval * 60;
            if ((end - start) / period * markets > MAX_CANDLES) {
                throw ApiException.invalid("the request spans more than " + MAX_CANDLES + " candlesticks");
            }
            return new Window(start, end, period, query.bool("include_latest_before_start", false));
        }

        private static long required(QueryParams query, String name) {
            long value = query.longInRange(name, -1, 0, 253_402_300_799L);
            if (value < 0) {
                throw ApiException.invalid("query parameter " + name + " is required");
            }
            return value;
        }
    }
}
