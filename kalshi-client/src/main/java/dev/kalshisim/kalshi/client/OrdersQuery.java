package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.model.OrderStatus;
import java.util.List;

/** Filters of {@code GET /portfolio/orders}. Kalshi has no filter by client order id. */
public final class OrdersQuery extends Filters<OrdersQuery> {

    private OrdersQuery(List<ApiRequest.Param> params) {
        super(params);
    }

    /** No filters: every item, in pages of the server's default size. */
    public static OrdersQuery all() {
        return new OrdersQuery(List.of());
    }

    @Override
    OrdersQuery with(List<ApiRequest.Param> newParams) {
        return new OrdersQuery(newParams);
    }

    public OrdersQuery ticker(String ticker) {
        return put("ticker", ticker);
    }

    /** Orders in any of these events (at most 10, sent comma-separated). */
    public OrdersQuery eventTickers(List<String> eventTickers) {
        return putCsv("event_ticker", eventTickers);
    }

    public OrdersQuery minTs(long unixSeconds) {
        return put("min_ts", unixSeconds);
    }

    public OrdersQuery maxTs(long unixSeconds) {
        return put("max_ts", unixSeconds);
    }

    public OrdersQuery status(OrderStatus status) {
        return put("status", status == null ? null : status.wire());
    }

    /** 0 = primary, 1-63 = numbered; omitted = all subaccounts. */
    public OrdersQuery subaccount(int subaccount) {
        return put("subaccount", subaccount);
    }

    public OrdersQuery exchangeIndex(int exchangeIndex) {
        return put("exchange_index", exchangeIndex);
    }
}
