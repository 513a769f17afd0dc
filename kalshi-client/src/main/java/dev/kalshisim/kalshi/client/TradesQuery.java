package dev.kalshisim.kalshi.client;

import java.util.List;

/** Filters of {@code GET /markets/trades}. */
public final class TradesQuery extends Filters<TradesQuery> {

    private TradesQuery(List<ApiRequest.Param> params) {
        super(params);
    }

    /** No filters: every item, in pages of the server's default size. */
    public static TradesQuery all() {
        return new TradesQuery(List.of());
    }

    @Override
    TradesQuery with(List<ApiRequest.Param> newParams) {
        return new TradesQuery(newParams);
    }

    public TradesQuery ticker(String ticker) {
        return put("ticker", ticker);
    }

    public TradesQuery minTs(long unixSeconds) {
        return put("min_ts", unixSeconds);
    }

    public TradesQuery maxTs(long unixSeconds) {
        return put("max_ts", unixSeconds);
    }

    public TradesQuery blockTradesOnly(boolean isBlockTrade) {
        return put("is_block_trade", isBlockTrade);
    }
}
