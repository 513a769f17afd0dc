package dev.kalshisim.kalshi.client;

import java.util.List;

/** Filters of {@code GET /portfolio/positions}. */
public final class PositionsQuery extends Filters<PositionsQuery> {

    private PositionsQuery(List<ApiRequest.Param> params) {
        super(params);
    }

    /** No filters: every item, in pages of the server's default size. */
    public static PositionsQuery all() {
        return new PositionsQuery(List.of());
    }

    @Override
    PositionsQuery with(List<ApiRequest.Param> newParams) {
        return new PositionsQuery(newParams);
    }

    /** Keep only positions with a non-zero value of these fields ({@code position}, {@code total_traded}). */
    public PositionsQuery countFilter(List<String> fields) {
        return putCsv("count_filter", fields);
    }

    public PositionsQuery ticker(String ticker) {
        return put("ticker", ticker);
    }

    public PositionsQuery eventTicker(String eventTicker) {
        return put("event_ticker", eventTicker);
    }

    public PositionsQuery subaccount(int subaccount) {
        return put("subaccount", subaccount);
    }

    public PositionsQuery exchangeIndex(int exchangeIndex) {
        return put("exchange_index", exchangeIndex);
    }
}
