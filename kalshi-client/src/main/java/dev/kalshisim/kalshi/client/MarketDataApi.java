package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.model.Candlestick;
import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketCandlesticks;
import dev.kalshisim.core.model.MarketOrderbook;
import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.core.model.Series;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.core.wire.BatchGetMarketCandlesticksResponse;
import dev.kalshisim.core.wire.GetEventResponse;
import dev.kalshisim.core.wire.GetEventsResponse;
import dev.kalshisim.core.wire.GetMarketCandlesticksResponse;
import dev.kalshisim.core.wire.GetMarketResponse;
import dev.kalshisim.core.wire.GetMarketsResponse;
import dev.kalshisim.core.wire.GetOrderbookResponse;
import dev.kalshisim.core.wire.GetOrderbooksResponse;
import dev.kalshisim.core.wire.GetSeriesListResponse;
import dev.kalshisim.core.wire.GetSeriesResponse;
import dev.kalshisim.core.wire.GetTradesResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Market data: markets, order books, trades, candlesticks, events and series. Public endpoints,
 * though the client signs them too when it has credentials.
 *
 * <p>List methods return a lazy {@link Paginator}; {@code ...Page} methods fetch one page. Every
 * call always asks the server; {@link KalshiClient#metadata()} caches details. Thread-safe.
 */
public final class MarketDataApi {

    private final RestCaller caller;

    MarketDataApi(RestCaller caller) {
        this.caller = caller;
    }

    /** Every market matching {@code query}, fetched page by page as iterated ({@code GET /markets}). */
    public Paginator<Market> markets(MarketsQuery query) {
        return new Paginator<>(cursor -> {
            GetMarketsResponse page = marketsPage(query, cursor);
            return new Page<>(page.markets(), page.cursor());
        });
    }

    /** One page of {@code GET /markets}; {@code cursor} null for the first. */
    public CompletableFuture<GetMarketsResponse> marketsPageAsync(MarketsQuery query, String cursor) {
        return caller.get("/markets", query.paramsWithCursor(cursor), GetMarketsResponse.class);
    }

    public GetMarketsResponse marketsPage(MarketsQuery query, String cursor) {
        return RestCaller.await(marketsPageAsync(query, cursor));
    }

    /** {@code GET /markets/{ticker}}. */
    public CompletableFuture<Market> marketAsync(String ticker) {
        return caller.get("/markets/" + ApiRequest.segment(ticker), List.of(), GetMarketResponse.class)
                .thenApply(GetMarketResponse::market);
    }

    public Market market(String ticker) {
        return RestCaller.await(marketAsync(ticker));
    }

    /**
     * {@code GET /markets/{ticker}/orderbook}: YES and NO bids, ascending (best bid last).
     *
     * @param depth levels per side, 1-100, or 0 for all
     */
    public CompletableFuture<Orderbook> orderbookAsync(String ticker, int depth) {
        if (depth < 0 || depth > 100) {
            throw new IllegalArgumentException("depth must be 0 (all levels) to 100: " + depth);
        }
        List<ApiRequest.Param> query = depth == 0 ? List.of() : List.of(new ApiRequest.Param("depth", Integer.toString(depth)));
        return caller.get("/markets/" + ApiRequest.segment(ticker) + "/orderbook", query, GetOrderbookResponse.class)
                .thenApply(GetOrderbookResponse::orderbookFp);
    }

    public Orderbook orderbook(String ticker, int depth) {
        return RestCaller.await(orderbookAsync(ticker, depth));
    }

    /** {@code GET /markets/orderbooks}: the books of 1 to 100 markets (sent as repeated {@code tickers}). */
    public CompletableFuture<List<MarketOrderbook>> orderbooksAsync(List<String> tickers) {
        if (tickers == null || tickers.isEmpty() || tickers.size() > 100) {
            throw new IllegalArgumentException("orderbooks takes 1 to 100 tickers, got " + (tickers == null ? 0 : tickers.size()));
        }
        return caller.get("/markets/orderbooks", new ApiRequest.Query().repeated("tickers", tickers).build(),
                GetOrderbooksResponse.class).thenApply(GetOrderbooksResponse::orderbooks);
    }

    public List<MarketOrderbook> orderbooks(List<String> tickers) {
        return RestCaller.await(orderbooksAsync(tickers));
    }

    /** Every trade matching {@code query} ({@code GET /markets/trades}), fetched lazily. */
    public Paginator<Trade> trades(TradesQuery query) {
        return new Paginator<>(cursor -> {
            GetTradesResponse page = tradesPage(query, cursor);
            return new Page<>(page.trades(), page.cursor());
        });
    }

    public CompletableFuture<GetTradesResponse> tradesPageAsync(TradesQuery query, String cursor) {
        return caller.get("/markets/trades", query.paramsWithCursor(cursor), GetTradesResponse.class);
    }

    public GetTradesResponse tradesPage(TradesQuery query, String cursor) {
        return RestCaller.await(tradesPageAsync(query, cursor));
    }

    /**
     * {@code GET /series/{series}/markets/{ticker}/candlesticks}.
     *
     * @param startTs first period, Unix seconds
     * @param endTs last period, Unix seconds
     * @param periodMinutes 1, 60 or 1440
     */
    public CompletableFuture<List<Candlestick>> candlesticksAsync(String seriesTicker, String ticker, long startTs, long endTs,
            int periodMinutes) {
        String path = "/series/" + ApiRequest.segment(seriesTicker) + "/markets/" + ApiRequest.segment(ticker) + "/candlesticks";
        return caller.get(path, candleQuery(startTs, endTs, periodMinutes).build(), GetMarketCandlesticksResponse.class)
                .thenApply(GetMarketCandlesticksResponse::candlesticks);
    }

    public List<Candlestick> candlesticks(String seriesTicker, String ticker, long startTs, long endTs, int periodMinutes) {
        return RestCaller.await(candlesticksAsync(seriesTicker, ticker, startTs, endTs, periodMinutes));
    }

    /** {@code GET /markets/candlesticks}: candlesticks of up to 100 markets at once. */
    public CompletableFuture<List<MarketCandlesticks>> batchCandlesticksAsync(List<String> tickers, long startTs, long endTs,
            int periodMinutes) {
        if (tickers == null || tickers.isEmpty() || tickers.size() > 100) {
            throw new IllegalArgumentException("batch candlesticks takes 1 to 100 tickers, got " + (tickers == null ? 0 : tickers.size()));
        }
        return caller.get("/markets/candlesticks", candleQuery(startTs, endTs, periodMinutes).csv("market_tickers", tickers).build(),
                BatchGetMarketCandlesticksResponse.class).thenApply(BatchGetMarketCandlesticksResponse::markets);
    }

    public List<MarketCandlesticks> batchCandlesticks(List<String> tickers, long startTs, long endTs, int periodMinutes) {
        return RestCaller.await(batchCandlesticksAsync(tickers, startTs, endTs, periodMinutes));
    }

    /** Every event matching {@code query} ({@code GET /events}), fetched lazily. */
    public Paginator<Event> events(EventsQuery query) {
        return new Paginator<>(cursor -> {
            GetEventsResponse page = eventsPage(query, cursor);
            return new Page<>(page.events(), page.cursor());
        });
    }

    public CompletableFuture<GetEventsResponse> eventsPageAsync(EventsQuery query, String cursor) {
        return caller.get("/events", query.paramsWithCursor(cursor), GetEventsResponse.class);
    }

    public GetEventsResponse eventsPage(EventsQuery query, String cursor) {
        return RestCaller.await(eventsPageAsync(query, cursor));
    }

    /** {@code GET /events/{event_ticker}}, with the event's markets nested when asked. */
    public CompletableFuture<GetEventResponse> eventAsync(String eventTicker, boolean withNestedMarkets) {
        List<ApiRequest.Param> query = new ApiRequest.Query().add("with_nested_markets", withNestedMarkets ? true : null).build();
        return caller.get("/events/" + ApiRequest.segment(eventTicker), query, GetEventResponse.class);
    }

    public GetEventResponse event(String eventTicker, boolean withNestedMarkets) {
        return RestCaller.await(eventAsync(eventTicker, withNestedMarkets));
    }

    /** {@code GET /series/{series_ticker}}. */
    public CompletableFuture<Series> seriesAsync(String seriesTicker) {
        return caller.get("/series/" + ApiRequest.segment(seriesTicker), List.of(), GetSeriesResponse.class)
                .thenApply(GetSeriesResponse::series);
    }

    public Series series(String seriesTicker) {
        return RestCaller.await(seriesAsync(seriesTicker));
    }

    /**
     * {@code GET /series} (not paginated).
     *
     * @param category only this category, or null
     * @param tags only series with these tags (comma-separated on the wire), or null
     */
    public CompletableFuture<List<Series>> seriesListAsync(String category, List<String> tags, boolean includeVolume) {
        List<ApiRequest.Param> query = new ApiRequest.Query().add("category", category).csv("tags", tags)
                .add("include_volume", includeVolume ? true : null).build();
        return caller.get("/series", query, GetSeriesListResponse.class).thenApply(GetSeriesListResponse::series);
    }

    public List<Series> seriesList(String category, List<String> tags, boolean includeVolume) {
        return RestCaller.await(seriesListAsync(category, tags, includeVolume));
    }

    private static ApiRequest.Query candleQuery(long startTs, long endTs, int periodMinutes) {
        if (periodMinutes != 1 && periodMinutes != 60 && periodMinutes != 1440) {
            throw new IllegalArgumentException("period_interval must be 1, 60 or 1440 minutes: " + periodMinutes);
        }
        if (endTs < startTs) {
            throw new IllegalArgumentException("end_ts " + endTs + " is before start_ts " + startTs);
        }
        return new ApiRequest.Query().add("start_ts", startTs).add("end_ts", endTs).add("period_interval", periodMinutes);
    }
}
