package dev.kalshisim.kalshi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.core.wire.AmendOrderV2Request;
import dev.kalshisim.core.wire.BatchCancelOrderV2Item;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.core.wire.DecreaseOrderV2Request;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each typed method sends Kalshi's method, path, query and body, and reads Kalshi's answer. */
class EndpointsTest {

    private final VirtualClock clock = VirtualClock.atMillis(1_787_400_000_000L);
    private final Map<String, String> bodies = new HashMap<>();
    private final ScriptedTransport transport = new ScriptedTransport(clock, request -> {
        String body = bodies.get(request.method() + " " + request.path());
        if (body == null) {
            return ScriptedTransport.json(404, "{\"error\":{\"code\":\"not_found\",\"message\":\"no stub\"}}");
        }
        int status = request.method().equals("POST") && request.path().startsWith("/portfolio/events/orders")
                && !request.path().endsWith("/amend") && !request.path().endsWith("/decrease") ? 201 : 200;
        return ScriptedTransport.json(body.isEmpty() ? 204 : status, body);
    });
    private final KalshiClient client = KalshiClient.builder(KalshiClient.PRODUCTION_BASE_URL)
            .clock(clock).executor(Runnable::run).throttle(false).clientOrderIds(() -> "generated")
            .metadataTtl(Duration.ofMinutes(5)).transport(transport).build();

    /** Runs {@code call} against a stub for {@code method path} and returns the request line it sent. */
    private String line(String method, String path, String responseBody, Consumer<KalshiClient> call) {
        bodies.put(method + " " + path, responseBody);
        int before = transport.sent().size();
        call.accept(client);
        List<ScriptedTransport.Sent> sent = transport.sent();
        assertThat(sent).hasSize(before + 1);
        return sent.get(before).line();
    }

    private String lastBody() {
        List<ScriptedTransport.Sent> sent = transport.sent();
        return sent.get(sent.size() - 1).request().body();
    }

    @Test
    void exchangeEndpoints() {
        assertThat(line("GET", "/exchange/status", Samples.EXCHANGE_STATUS, c -> assertThat(c.exchange().status().exchangeActive()).isTrue()))
                .isEqualTo("GET /exchange/status");
        assertThat(line("GET", "/exchange/schedule", "{\"schedule\":{\"standard_hours\":[],\"maintenance_windows\":[]}}",
                c -> assertThat(c.exchange().schedule()).isNotNull())).isEqualTo("GET /exchange/schedule");
        assertThat(line("GET", "/exchange/user_data_timestamp", "{\"as_of_time\":\"2026-08-22T14:00:00Z\"}",
                c -> assertThat(c.exchange().userDataTimestamp()).hasToString("2026-08-22T14:00:00Z")))
                .isEqualTo("GET /exchange/user_data_timestamp");
    }

    @Test
    void marketDataEndpoints() {
        assertThat(line("GET", "/markets/" + Samples.TICKER, "{\"market\":" + Samples.market(Samples.TICKER) + "}",
                c -> assertThat(c.markets().market(Samples.TICKER).yesBidDollars()).isEqualTo(Price.parse("0.55"))))
                .isEqualTo("GET /markets/" + Samples.TICKER);
        assertThat(line("GET", "/markets/T/orderbook", "{\"orderbook_fp\":{\"yes_dollars\":[[\"0.4100\",\"10.00\"]],\"no_dollars\":[]}}",
                c -> assertThat(c.markets().orderbook("T", 5).yesDollars()).hasSize(1)))
                .isEqualTo("GET /markets/T/orderbook?depth=5");
        assertThat(line("GET", "/markets/orderbooks", "{\"orderbooks\":[{\"ticker\":\"A\",\"orderbook_fp\":{}}]}",
                c -> assertThat(c.markets().orderbooks(List.of("A", "B"))).hasSize(1)))
                .isEqualTo("GET /markets/orderbooks?tickers=A&tickers=B");
        assertThat(line("GET", "/markets/trades", "{\"trades\":[],\"cursor\":\"\"}",
                c -> assertThat(c.markets().trades(TradesQuery.all().ticker("T").minTs(5)).stream()).isEmpty()))
                .isEqualTo("GET /markets/trades?ticker=T&min_ts=5");
        assertThat(line("GET", "/series/S/markets/T/candlesticks", "{\"ticker\":\"T\",\"candlesticks\":[]}",
                c -> assertThat(c.markets().candlesticks("S", "T", 100, 200, 60)).isEmpty()))
                .isEqualTo("GET /series/S/markets/T/candlesticks?start_ts=100&end_ts=200&period_interval=60");
        assertThat(line("GET", "/markets/candlesticks", "{\"markets\":[]}",
                c -> assertThat(c.markets().batchCandlesticks(List.of("A", "B"), 100, 200, 1)).isEmpty()))
                .isEqualTo("GET /markets/candlesticks?start_ts=100&end_ts=200&period_interval=1&market_tickers=A%2CB");
        assertThat(line("GET", "/events", "{\"events\":[{\"event_ticker\":\"E\"}],\"cursor\":\"\"}",
                c -> assertThat(c.markets().events(EventsQuery.all().withNestedMarkets(true).limit(200)).stream()).hasSize(1)))
                .isEqualTo("GET /events?with_nested_markets=true&limit=200");
        assertThat(line("GET", "/events/E", "{\"event\":{\"event_ticker\":\"E\"},\"markets\":[]}",
                c -> assertThat(c.markets().event("E", true).event().eventTicker()).isEqualTo("E")))
                .isEqualTo("GET /events/E?with_nested_markets=true");
        assertThat(line("GET", "/series/S", "{\"series\":{\"ticker\":\"S\",\"fee_type\":\"quadratic\"}}",
                c -> assertThat(c.markets().series("S").ticker()).isEqualTo("S"))).isEqualTo("GET /series/S");
        assertThat(line("GET", "/series", "{\"series\":[]}",
                c -> assertThat(c.markets().seriesList("Climate", List.of("rain", "snow"), true)).isEmpty()))
                .isEqualTo("GET /series?category=Climate&tags=rain%2Csnow&include_volume=true");
    }

    @Test
    void portfolioEndpoints() {
        assertThat(line("GET", "/portfolio/balance", "{\"balance\":100000,\"balance_dollars\":\"1000.0000\",\"portfolio_value\":0,\"updated_ts\":1}",
                c -> assertThat(c.portfolio().balance().balanceCents()).isEqualTo(100_000))).isEqualTo("GET /portfolio/balance");
        assertThat(line("GET", "/portfolio/positions", "{\"market_positions\":[{\"ticker\":\"T\",\"position_fp\":\"-3.00\"}],\"event_positions\":[],\"cursor\":\"\"}",
                c -> assertThat(c.portfolio().positions(PositionsQuery.all().countFilter(List.of("position"))).stream().findFirst().orElseThrow()
                        .positionFp()).isEqualTo(Count.ofContracts(-3))))
                .isEqualTo("GET /portfolio/positions?count_filter=position");
        assertThat(line("GET", "/portfolio/orders", Samples.ordersPage("", Samples.order("o", "c", "resting")),
                c -> assertThat(c.portfolio().orders(OrdersQuery.all().status(OrderStatus.RESTING).eventTickers(List.of("E1", "E2")))
                        .stream().findFirst().orElseThrow().status()).isEqualTo(OrderStatus.RESTING)))
                .isEqualTo("GET /portfolio/orders?status=resting&event_ticker=E1%2CE2");
        assertThat(line("GET", "/portfolio/orders/o-1", "{\"order\":" + Samples.order("o-1", "c", "executed") + "}",
                c -> assertThat(c.portfolio().order("o-1").orderId()).isEqualTo("o-1"))).isEqualTo("GET /portfolio/orders/o-1");
        assertThat(line("GET", "/portfolio/fills", "{\"fills\":[],\"cursor\":\"\"}",
                c -> assertThat(c.portfolio().fills(FillsQuery.all().orderId("o-1")).stream()).isEmpty()))
                .isEqualTo("GET /portfolio/fills?order_id=o-1");
        assertThat(line("GET", "/portfolio/settlements", "{\"settlements\":[],\"cursor\":\"\"}",
                c -> assertThat(c.portfolio().settlements(SettlementsQuery.all().eventTicker("E")).stream()).isEmpty()))
                .isEqualTo("GET /portfolio/settlements?event_ticker=E");
        assertThat(line("GET", "/portfolio/orders/o-1/queue_position", "{\"queue_position_fp\":\"25.00\"}",
                c -> assertThat(c.portfolio().queuePosition("o-1")).isEqualTo(Count.ofContracts(25))))
                .isEqualTo("GET /portfolio/orders/o-1/queue_position");
        assertThat(line("GET", "/portfolio/orders/queue_positions", "{\"queue_positions\":[]}",
                c -> assertThat(c.portfolio().queuePositions(List.of("A", "B"), null)).isEmpty()))
                .isEqualTo("GET /portfolio/orders/queue_positions?market_tickers=A%2CB");
        assertThat(line("GET", "/portfolio/summary/total_resting_order_value", "{\"total_resting_order_value\":1234}",
                c -> assertThat(c.portfolio().totalRestingOrderValue().totalRestingOrderValueCents()).isEqualTo(1234)))
                .isEqualTo("GET /portfolio/summary/total_resting_order_value");
    }

    @Test
    void orderEndpoints() {
        CreateOrderV2Request order = CreateOrderV2Request.gtc("T", BookSide.ASK, Count.parse("2.5"), Price.parse("0.4350"));
        assertThat(line("POST", "/portfolio/events/orders", Samples.created("o-1", "generated"),
                c -> assertThat(c.orders().create(order).orderId()).isEqualTo("o-1"))).isEqualTo("POST /portfolio/events/orders");
        assertThat(lastBody()).contains("\"client_order_id\":\"generated\"", "\"side\":\"ask\"", "\"count\":\"2.50\"", "\"price\":\"0.4350\"");

        assertThat(line("DELETE", "/portfolio/events/orders/o-1", "{\"order_id\":\"o-1\",\"reduced_by\":\"2.50\",\"ts_ms\":1}",
                c -> assertThat(c.orders().cancel("o-1", "T", 3).reducedBy()).isEqualTo(Count.parse("2.5"))))
                .isEqualTo("DELETE /portfolio/events/orders/o-1?subaccount=3&market_ticker=T");
        assertThat(line("POST", "/portfolio/events/orders/o-1/amend", "{\"order_id\":\"o-1\",\"ts_ms\":1}",
                c -> c.orders().amend("o-1", new AmendOrderV2Request("T", BookSide.ASK, Price.parse("0.44"), Count.ofContracts(3),
                        null, null, null, null)))).isEqualTo("POST /portfolio/events/orders/o-1/amend");
        assertThat(lastBody()).contains("\"price\":\"0.4400\"", "\"count\":\"3.00\"");
        assertThat(line("POST", "/portfolio/events/orders/o-1/decrease", "{\"order_id\":\"o-1\",\"remaining_count\":\"1.00\",\"ts_ms\":1}",
                c -> c.orders().decrease("o-1", new DecreaseOrderV2Request(null, Count.ofContracts(1), null, "T"))))
                .isEqualTo("POST /portfolio/events/orders/o-1/decrease");
        assertThat(lastBody()).isEqualTo("{\"reduce_to\":\"1.00\",\"market_ticker\":\"T\"}");
        assertThat(line("POST", "/portfolio/events/orders/batched", "{\"orders\":[{\"order_id\":\"a\"},{\"error\":{\"code\":\"invalid_price\"}}]}",
                c -> assertThat(c.orders().batchCreate(List.of(order, order)).orders().get(1).error().code()).isEqualTo("invalid_price")))
                .isEqualTo("POST /portfolio/events/orders/batched");
        assertThat(lastBody()).startsWith("{\"orders\":[{\"ticker\":\"T\",\"client_order_id\":\"generated\"");
        assertThat(line("DELETE", "/portfolio/events/orders/batched", "{\"orders\":[{\"order_id\":\"a\",\"reduced_by\":\"1.00\"}]}",
                c -> assertThat(c.orders().batchCancel(List.of(new BatchCancelOrderV2Item("a", null, null, "T"))).orders()).hasSize(1)))
                .isEqualTo("DELETE /portfolio/events/orders/batched");
        assertThat(lastBody()).isEqualTo("{\"orders\":[{\"order_id\":\"a\",\"market_ticker\":\"T\"}]}");
        assertThat(line("DELETE", "/portfolio/events/orders", "", c -> c.orders().cancelAll(null))).isEqualTo("DELETE /portfolio/events/orders");
    }

    @Test
    void aDecreaseNeedsExactlyOneOfReduceByAndReduceTo() {
        assertThatThrownBy(() -> client.orders().decrease("o-1", new DecreaseOrderV2Request(null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one of reduce_by and reduce_to");
        assertThat(RequestKind.IDEMPOTENT_WRITE.repeatable()).isTrue();
        assertThat(RequestKind.WRITE.repeatable()).isFalse();
    }

    @Test
    void accountEndpoints() {
        assertThat(line("GET", "/account/limits", "{\"usage_tier\":\"premier\",\"read\":{\"refill_rate\":1000,\"bucket_capacity\":1000},"
                        + "\"write\":{\"refill_rate\":1000,\"bucket_capacity\":2000},\"grants\":[]}",
                c -> assertThat(c.account().limits().write().bucketCapacity()).isEqualTo(2000))).isEqualTo("GET /account/limits");
        assertThat(line("GET", "/account/endpoint_costs", "{\"default_cost\":10,\"endpoint_costs\":[{\"method\":\"GET\",\"path\":\"/portfolio/orders/{order_id}\",\"cost\":2}]}",
                c -> assertThat(c.account().endpointCosts().costOf("GET", "/trade-api/v2/portfolio/orders/abc")).isEqualTo(2)))
                .isEqualTo("GET /account/endpoint_costs");
        assertThat(line("POST", "/account/api_usage_level/upgrade", "", c -> c.account().upgradeUsageLevel()))
                .isEqualTo("POST /account/api_usage_level/upgrade");
        assertThat(line("GET", "/account/api_usage_level/volume_progress", "{\"volume_progress\":[]}",
                c -> assertThat(c.account().volumeProgress().volumeProgress()).isEmpty()))
                .isEqualTo("GET /account/api_usage_level/volume_progress");
    }

    @Test
    void metadataIsFetchedOncePerTtl() {
        bodies.put("GET /markets/T", "{\"market\":" + Samples.market("T") + "}");
        bodies.put("GET /events/E", "{\"event\":{\"event_ticker\":\"E\"}}");
        bodies.put("GET /series/S", "{\"series\":{\"ticker\":\"S\"}}");
        for (int pass = 0; pass < 3; pass++) {
            client.metadata().market("T");
            client.metadata().event("E");
            client.metadata().series("S");
        }
        assertThat(transport.sent()).hasSize(3);

        clock.advanceBy(Duration.ofMinutes(5).toNanos());
        client.metadata().market("T");
        assertThat(transport.sent("GET", "/markets/T")).hasSize(2);
        client.metadata().invalidateAll();
        client.metadata().series("S");
        assertThat(transport.sent("GET", "/series/S")).hasSize(2);
    }

    @Test
    void pathSegmentsAreEncoded() {
        assertThat(line("GET", "/markets/A%20B%2FC", "{\"market\":" + Samples.market("A B/C") + "}", c -> c.markets().market("A B/C")))
                .isEqualTo("GET /markets/A%20B%2FC");
        assertThatThrownBy(() -> client.markets().market("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decodingFailuresAreTheirOwnType() {
        bodies.put("GET /exchange/status", "<html>not json</html>");
        assertThatThrownBy(() -> client.exchange().status()).isInstanceOf(KalshiDecodingException.class)
                .hasMessageContaining("GET /exchange/status answered HTTP 200");
    }

    @Test
    void baseUrlsAreValidated() {
        assertThat(KalshiClient.simulatorBaseUrl(8080)).isEqualTo("http://127.0.0.1:8080/trade-api/v2");
        try (KalshiClient demo = KalshiClient.builder("https://external-api.demo.kalshi.co/trade-api/v2/").build()) {
            assertThat(demo.baseUrl()).isEqualTo(KalshiClient.DEMO_BASE_URL);
        }
        assertThatThrownBy(() -> KalshiClient.builder("ftp://x/trade-api/v2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KalshiClient.builder("external-api.kalshi.com")).isInstanceOf(IllegalArgumentException.class);
    }
}
