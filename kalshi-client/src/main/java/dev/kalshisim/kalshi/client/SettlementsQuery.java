package dev.kalshisim.kalshi.client;

import java.util.List;

/** Filters of {@code GET /portfolio/settlements}. */
public final class SettlementsQuery extends Filters<SettlementsQuery> {

    private SettlementsQuery(List<ApiRequest.Param> params) {
        super(params);
    }

    /** No filters: every item, in pages of the server's default size. */
    public static SettlementsQuery all() {
        return new SettlementsQuery(List.of());
    }

    @Override
    SettlementsQuery with(List<ApiRequest.Param> newParams) {
        return new SettlementsQuery(newParams);
    }

    public SettlementsQuery ticker(String ticker) {
        return put("ticker", ticker);
    }

    public SettlementsQuery eventTicker(String eventTicker) {
        return put("event_ticker", eventTicker);
    }

    public SettlementsQuery minTs(long unixSeconds) {
        return put("min_ts", unixSeconds);
    }

    public SettlementsQuery maxTs(long unixSeconds) {
        return put("max_ts", unixSeconds);
    }

    public SettlementsQuery subaccount(int subaccount) {
        return put("subaccount", subaccount);
    }
}
