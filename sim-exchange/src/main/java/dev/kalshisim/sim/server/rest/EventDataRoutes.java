package dev.kalshisim.sim.server.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Candlestick;
import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.Series;
import dev.kalshisim.core.model.SettlementSource;
import dev.kalshisim.core.wire.GetEventCandlesticksResponse;
import dev.kalshisim.sim.engine.query.MarketQuery;
import dev.kalshisim.sim.engine.reference.EventMetadataOverride;
import dev.kalshisim.sim.engine.reference.Milestone;
import dev.kalshisim.sim.history.CandleBuilder;
import dev.kalshisim.sim.history.QuoteHistory;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.QueryParams;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.RouteResponse;
import dev.kalshisim.sim.server.state.SimState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Per-event reads beside {@code GET /events/{event_ticker}}: its metadata, its candlesticks (every
 * market's, built from the simulator's own trades and quotes as market candlesticks are), and its
 * forecast percentile history.
 */
public final class EventDataRoutes {

    /** Kalshi-like market colors, assigned in market order when the control plane set none. */
    private static final List<String> PALETTE = List.of("#0B7A5A", "#D04A2B", "#2F5FD0", "#B8860B", "#7A3FB0",
            "#1E8FA6", "#C2185B", "#5D6D1E");
    private static final int MAX_PERCENTILES = 10;

    private final SimState state;

    public EventDataRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.open("GET", "/events/{event_ticker}/metadata", this::metadata),
                Route.open("GET", "/series/{series_ticker}/events/{ticker}/candlesticks", this::candles),
                Route.signed("GET", "/series/{series_ticker}/events/{ticker}/forecast_percentile_history",
                        this::forecastHistory));
    }

    /**
     * Computed from the catalog (image paths named after the series and markets, the series'
     * settlement sources, a color per market, competition and scope from a milestone about the
     * event), with whatever the control plane set on top.
     */
    private RouteResponse metadata(Call call) {
        String ticker = call.path("event_ticker");
        Event event = existingEvent(ticker);
        Optional<EventMetadataOverride> override = state.reference().eventMetadata(ticker);
        List<Market> markets = state.exchange().markets(MarketQuery.all().withEventTicker(ticker));
        List<MarketMetadata> details = new ArrayList<>();
        for (int i = 0; i < markets.size(); i++) {
            String market = markets.get(i).ticker();
            String color = override.map(o -> o.marketColors().get(market)).orElse(PALETTE.get(i % PALETTE.size()));
            details.add(new MarketMetadata(market, "/images/markets/" + market + ".webp", color));
        }
        List<SettlementSource> sources = override.map(EventMetadataOverride::settlementSources).orElse(null);
        if (sources == null) {
            sources = state.exchange().series(event.seriesTicker()).map(Series::settlementSources).orElse(List.of());
        }
        Optional<Milestone> milestone = state.reference().milestones().stream().filter(m -> m.concerns(ticker)).findFirst();
        String competition = override.map(EventMetadataOverride::competition)
                .orElse(milestone.map(m -> m.detail("competition")).orElse(null));
        String scope = override.map(EventMetadataOverride::competitionScope)
                .orElse(milestone.map(m -> m.detail("scope")).orElse(null));
        String image = override.map(EventMetadataOverride::imageUrl)
                .orElse("/images/series/" + event.seriesTicker() + ".webp");
        String featured = override.map(EventMetadataOverride::featuredImageUrl).orElse(null);
        return RouteResponse.ok(new EventMetadata(image, featured, details, sources, competition, scope));
    }

    /**
     * One candle list per market of the event, in market order. Where the whole request would pass
     * Kalshi's 10,000-candle cap, the window is cut short and {@code adjusted_end_ts} says where.
     */
    private RouteResponse candles(Call call) {
        String ticker = call.path("ticker");
        Event event = existingEvent(ticker);
        if (!event.seriesTicker().equals(call.path("series_ticker"))) {
            throw ApiException.notFound("event " + ticker + " is not in series " + call.path("series_ticker"));
        }
        List<Market> markets = state.exchange().markets(MarketQuery.all().withEventTicker(ticker));
        QueryParams query = call.query();
        // Zero markets: the parameters are checked but nothing is refused for size; the cap is applied by cutting.
        CandlestickRoutes.Window asked = CandlestickRoutes.Window.of(query, 0);
        long end = asked.endTs();
        int count = Math.max(1, markets.size());
        long mostPeriods = CandlestickRoutes.MAX_CANDLES / count;
        if ((end - asked.startTs()) / asked.periodSeconds() > mostPeriods) {
            end = asked.startTs() + mostPeriods * asked.periodSeconds();
        }
        List<String> tickers = new ArrayList<>();
        List<List<Candlestick>> candles = new ArrayList<>();
        for (Market market : markets) {
            QuoteHistory.Bars bars = state.quotes().bars(market.ticker());
            tickers.add(market.ticker());
            candles.add(new CandleBuilder(bars.ascending(), bars.floor())
                    .build(asked.startTs(), end, asked.periodSeconds(), false));
        }
        return RouteResponse.ok(new GetEventCandlesticksResponse(tickers, candles, end));
    }

    /**
     * Always an empty history: Kalshi computes these percentiles from the markets' strikes (a
     * scalar or bracket event's implied distribution), and the simulator's markets carry no
     * numeric strikes to read a distribution from. The parameters are checked as Kalshi would.
     */
    private RouteResponse forecastHistory(Call call) {
        String ticker = call.path("ticker");
        Event event = existingEvent(ticker);
        if (!event.seriesTicker().equals(call.path("series_ticker"))) {
            throw ApiException.notFound("event " + ticker + " is not in series " + call.path("series_ticker"));
        }
        QueryParams query = call.query();
        List<String> percentiles = query.csv("percentiles", MAX_PERCENTILES);
        if (percentiles.isEmpty()) {
            throw ApiException.invalid("query parameter percentiles is required (1 to 10 values from 0 to 9999)");
        }
        for (String percentile : percentiles) {
            long value;
            try {
                value = Long.parseLong(percentile);
            } catch (NumberFormatException notANumber) {
                throw ApiException.invalid("percentiles must be integers from 0 to 9999, got \"" + percentile + "\"");
            }
            if (value < 0 || value > 9_999) {
                throw ApiException.invalid("percentiles must be from 0 to 9999, got " + value);
            }
        }
        long start = query.longInRange("start_ts", -1, 0, 253_402_300_799L);
        long end = query.longInRange("end_ts", -1, 0, 253_402_300_799L);
        long interval = query.longInRange("period_interval", -1, 0, 1440);
        if (start < 0 || end < 0 || interval < 0) {
            throw ApiException.invalid("query parameters start_ts, end_ts and period_interval are required");
        }
        if (interval != 0 && interval != 1 && interval != 60 && interval != 1440) {
            throw ApiException.invalid("period_interval must be 0, 1, 60 or 1440, got " + interval);
        }
        if (end < start) {
            throw ApiException.invalid("end_ts must not be before start_ts");
        }
        return RouteResponse.ok(new ForecastHistory(List.of()));
    }

    private Event existingEvent(String ticker) {
        return state.exchange().event(ticker, false)
                .orElseThrow(() -> ApiException.notFound("event " + ticker + " not found"));
    }

    /** {@code MarketMetadata}. */
    record MarketMetadata(@JsonProperty("market_ticker") String marketTicker, @JsonProperty("image_url") String imageUrl,
            @JsonProperty("color_code") String colorCode) {
    }

    /** {@code GetEventMetadataResponse}. */
    record EventMetadata(@JsonProperty("image_url") String imageUrl,
            @JsonProperty("featured_image_url") String featuredImageUrl,
            @JsonProperty("market_details") List<MarketMetadata> marketDetails,
            @JsonProperty("settlement_sources") List<SettlementSource> settlementSources,
            @JsonProperty("competition") String competition,
            @JsonProperty("competition_scope") String competitionScope) {
    }

    /** {@code GetEventForecastPercentilesHistoryResponse}. */
    record ForecastHistory(@JsonProperty("forecast_history") List<Object> forecastHistory) {
    }
}
