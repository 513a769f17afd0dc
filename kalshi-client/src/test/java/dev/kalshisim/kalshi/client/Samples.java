package dev.kalshisim.kalshi.client;

/** Kalshi-shaped JSON bodies for the client tests. */
final class Samples {

    static final String TICKER = "HIGHNY-24JAN01-T60";

    private Samples() {
    }

    /** One resting order as {@code GET /portfolio/orders} lists it. */
    static String order(String orderId, String clientOrderId, String status) {
        return """
                {"order_id":"%s","user_id":"u-1","client_order_id":"%s","ticker":"%s",
                 "side":"yes","action":"buy","outcome_side":"yes","book_side":"bid","type":"limit","status":"%s",
                 "yes_price_dollars":"0.5600","no_price_dollars":"0.4400",
                 "fill_count_fp":"0.00","remaining_count_fp":"10.00","initial_count_fp":"10.00",
                 "taker_fill_cost_dollars":"0.0000","maker_fill_cost_dollars":"0.0000",
                 "taker_fees_dollars":"0.0000","maker_fees_dollars":"0.0000",
                 "created_time":"2026-08-22T14:00:00Z","last_update_time":"2026-08-22T14:00:01Z",
                 "self_trade_prevention_type":"taker_at_cross"}
                """.formatted(orderId, clientOrderId, TICKER, status);
    }

    static String ordersPage(String cursor, String... orders) {
        return "{\"orders\":[" + String.join(",", orders) + "],\"cursor\":\"" + cursor + "\"}";
    }

    static String created(String orderId, String clientOrderId) {
        return """
                {"order_id":"%s","client_order_id":"%s","fill_count":"0.00","remaining_count":"10.00","ts_ms":1787407200000}
                """.formatted(orderId, clientOrderId);
    }

    static String market(String ticker) {
        return """
                {"ticker":"%s","event_ticker":"HIGHNY-24JAN01","market_type":"binary","status":"active",
                 "yes_bid_dollars":"0.5500","yes_ask_dollars":"0.5700","volume_fp":"120.00",
                 "close_time":"2026-08-23T00:00:00Z","price_level_structure":"linear_cent"}
                """.formatted(ticker);
    }

    static final String TOO_MANY_REQUESTS = "{\"error\": \"too many requests\"}";
    static final String SERVICE_UNAVAILABLE =
            "{\"error\":{\"code\":\"service_unavailable\",\"message\":\"service unavailable\"}}";
    static final String ALREADY_EXISTS =
            "{\"error\":{\"code\":\"order_already_exists\",\"message\":\"order already exists\"}}";
    static final String EXCHANGE_STATUS = "{\"exchange_active\":true,\"trading_active\":true}";
}
