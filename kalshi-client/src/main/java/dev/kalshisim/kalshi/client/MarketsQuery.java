package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.model.MarketStatus;
import java.util.List;

/** Filters of {@code GET /markets}. Kalshi allows one timestamp family per call (see kalshi-api.md section 6). */
public final class MarketsQuery extends Filters<MarketsQuery> {

    private MarketsQuery(List<ApiRequest.Param> params) {
        super(params);
    }

    /** No filters: every item, in pages of the server's default size. */
    public static MarketsQuery all() {
        return new MarketsQuery(List.of());
    }

    @Override
    MarketsQuery with(List<ApiRequest.Param> newParams) {
        return new MarketsQuery(newParams);
    }

    public MarketsQuery eventTicker(String eventTicker) {
        return put("event_ticker", eventTicker);
    }

    public MarketsQuery seriesTicker(String seriesTicker) {
        return put("series_ticker", seriesTicker);
    }

    /** Only these markets (sent comma-separated). */
    public MarketsQuery tickers(List<String> tickers) {
        return putCsv("tickers", tickers);
    }

    public MarketsQuery status(MarketStatus.StatusFilter status) {
        return put("status", status == null ? null : status.wire());
    }

    /** {@code only} or {@code exclude} multivariate (combo) markets. */
    public MarketsQuery mveFilter(String onlyOrExclude) {
        return put("mve_filter", onlyOrExclude);
    }

    public MarketsQuery minCreatedTs(long unixSeconds) {
        return put("min_created_ts", unixSeconds);
    }

    public MarketsQuery maxCreatedTs(long unixSeconds) {
        return put("max_created_ts", unixSeconds);
    }

    public MarketsQuery minUpdatedTs(long unixSeconds) {
        return put("min_updated_ts", unixSeconds);
    }

    public MarketsQuery minCloseTs(long unixSeconds) {
        return put("min_close_ts", unixSeconds);
    }

    public MarketsQuery maxCloseTs(long unixSeconds) {
        return put("max_close_ts", unixSeconds);
    }

    public MarketsQuery minSettledTs(long unixSeconds) {
        return put("min_settled_ts", unixSeconds);
    }

    public MarketsQuery maxSettledTs(long unixSeconds) {
        return put("max_settled_ts", unixSeconds);
    }
}
