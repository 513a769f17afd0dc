package dev.kalshisim.kalshi.client;

import java.util.List;

/** Filters of {@code GET /portfolio/fills}. */
public final class FillsQuery extends Filters<FillsQuery> {

    private FillsQuery(List<ApiRequest.Param> params) {
        super(params);
    }

    /** No filters: every item, in pages of the server's default size. */
    public static FillsQuery all() {
        return new FillsQuery(List.of());
    }

    @Override
    FillsQuery with(List<ApiRequest.Param> newParams) {
        return new FillsQuery(newParams);
    }

    public FillsQuery ticker(String ticker) {
        return put("ticker", ticker);
    }

    public FillsQuery orderId(String orderId) {
        return put("order_id", orderId);
    }

    public FillsQuery minTs(long unixSeconds) {
        return put("min_ts", unixSeconds);
    }

    public FillsQuery maxTs(long unixSeconds) {
        return put("max_ts", unixSeconds);
    }

    public FillsQuery subaccount(int subaccount) {
        return put("subaccount", subaccount);
    }

    public FillsQuery exchangeIndex(int exchangeIndex) {
        return put("exchange_index", exchangeIndex);
    }
}
