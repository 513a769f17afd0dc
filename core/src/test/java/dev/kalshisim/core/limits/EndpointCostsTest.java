package dev.kalshisim.core.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointCostsTest {

    private static final String V2 = "/trade-api/v2";

    private final EndpointCosts costs = EndpointCosts.defaults();

    @ParameterizedTest(name = "{0} {1} costs {2}")
    @CsvSource({
        // V2 order entry
        "DELETE, /trade-api/v2/portfolio/events/orders/abc-123, 2",
        "DELETE, /trade-api/v2/portfolio/events/orders/abc-123?subaccount=0&exchange_index=1&market_ticker=T, 2",
        "DELETE, /trade-api/v2/portfolio/events/orders?subaccount=3, 2",
        "DELETE, /trade-api/v2/portfolio/events/orders, 2",
        "POST, /trade-api/v2/portfolio/events/orders, 10",
        "POST, /trade-api/v2/portfolio/events/orders/abc-123/amend?subaccount=0, 10",
        "POST, /trade-api/v2/portfolio/events/orders/abc-123/decrease, 10",
        // reads
        "GET, /trade-api/v2/portfolio/orders/ee5a1b6c-0001, 2",
        "GET, /trade-api/v2/portfolio/orders?limit=5, 10",
        "GET, '/trade-api/v2/portfolio/orders/queue_positions?market_tickers=A,B', 10",
        "GET, /trade-api/v2/portfolio/orders/abc/queue_position, 10",
        "GET, /trade-api/v2/markets?limit=1000, 10",
        "GET, /trade-api/v2/portfolio/balance, 10",
        // account
        "POST, /trade-api/v2/account/api_usage_level/upgrade, 30",
        // legacy
        "POST, /trade-api/v2/portfolio/orders, 100",
        "POST, /trade-api/v2/portfolio/orders/abc-123/amend, 100",
        "POST, /trade-api/v2/portfolio/orders/abc-123/decrease?subaccount=1, 100",
        "DELETE, /trade-api/v2/portfolio/orders/abc-123, 20",
        // RFQ quotes
        "POST, /trade-api/v2/communications/quotes, 2",
        "GET, /trade-api/v2/communications/quotes/q-1, 2",
        "DELETE, /trade-api/v2/communications/quotes/q-1, 2",
        "GET, /trade-api/v2/communications/rfqs/r-1/quotes/q-1, 2",
        "DELETE, /trade-api/v2/communications/rfqs/r-1/quotes/q-1, 2",
        "PUT, /trade-api/v2/communications/quotes/q-1/accept, 10",
        // unknown
        "GET, /trade-api/v2/no/such/endpoint, 10",
        "PATCH, /trade-api/v2/portfolio/events/orders/abc-123, 10",
    })
    void singleRequestCosts(String method, String path, long expected) {
        assertThat(costs.costOf(method, path)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} x{2} costs {3}")
    @CsvSource({
        "POST, /trade-api/v2/portfolio/events/orders/batched, 25, 250",
        "DELETE, /trade-api/v2/portfolio/events/orders/batched, 25, 50",
        "POST, /trade-api/v2/portfolio/orders/batched, 3, 300",
        "DELETE, /trade-api/v2/portfolio/orders/batched?x=1, 3, 60",
        "POST, /trade-api/v2/portfolio/events/orders/batched, 1, 10",
        "POST, /trade-api/v2/portfolio/events/orders/batched, 0, 0",
        "POST, /trade-api/v2/portfolio/events/orders, 25, 10",
        "GET, /trade-api/v2/no/such/batch, 25, 10",
    })
    void batchCosts(String method, String path, int items, long expected) {
        assertThat(costs.costOfBatch(method, path, items)).isEqualTo(expected);
    }

    @Test
    void literalSegmentBeatsATemplateParameter() {
        // "batched" also fits /portfolio/orders/{order_id}, which costs 20 once rather than 20 per item.
        assertThat(costs.find("DELETE", V2 + "/portfolio/orders/batched")).get()
                .isEqualTo(EndpointCost.perItem("DELETE", V2 + "/portfolio/orders/batched", 20));
        assertThat(costs.find("DELETE", V2 + "/portfolio/orders/batche")).get()
                .extracting(EndpointCost::pathTemplate).isEqualTo(V2 + "/portfolio/orders/{order_id}");
    }

    @Test
    void onePriceLookupAnswersBucketAndCost() {
        EndpointPrice batch = costs.priceOf("DELETE", V2 + "/portfolio/orders/batched?x=1");
        assertThat(batch).isEqualTo(new EndpointPrice(BucketKind.WRITE, 20, true));
        assertThat(batch.tokensFor(3)).isEqualTo(costs.costOfBatch("DELETE", V2 + "/portfolio/orders/batched", 3));
        assertThat(batch.tokensFor(EndpointPrice.SINGLE)).isEqualTo(20);
        assertThat(costs.priceOf("GET", V2 + "/no/such/endpoint")).isEqualTo(new EndpointPrice(BucketKind.READ, 10, false));
    }

    @Test
    void methodIsCaseInsensitiveAndPathMustBeExact() {
        assertThat(costs.costOf("delete", V2 + "/portfolio/events/orders/abc")).isEqualTo(2);
        assertThat(costs.costOf("DELETE", V2 + "/portfolio/events/orders/abc/")).isEqualTo(10);
        assertThat(costs.costOf("DELETE", V2 + "/portfolio/events/orders//")).isEqualTo(10);
        // Paths carry the /trade-api/v2 prefix; without it nothing matches.
        assertThat(costs.costOf("DELETE", "/portfolio/events/orders/abc")).isEqualTo(10);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "GET, /trade-api/v2/portfolio/orders, READ",
        "GET, /trade-api/v2/portfolio/orders/abc, READ",
        "GET, /trade-api/v2/portfolio/order_groups/g-1, READ",
        "GET, /trade-api/v2/markets/T/orderbook, READ",
        "GET, /trade-api/v2/account/endpoint_costs, READ",
        "GET, /trade-api/v2/communications/quotes/q-1, READ",
        "POST, /trade-api/v2/portfolio/events/orders, WRITE",
        "DELETE, /trade-api/v2/portfolio/events/orders?subaccount=0, WRITE",
        "DELETE, /trade-api/v2/portfolio/events/orders/abc, WRITE",
        "POST, /trade-api/v2/portfolio/events/orders/abc/amend, WRITE",
        "POST, /trade-api/v2/portfolio/events/orders/abc/decrease, WRITE",
        "POST, /trade-api/v2/portfolio/events/orders/batched, WRITE",
        "DELETE, /trade-api/v2/portfolio/events/orders/batched, WRITE",
        "POST, /trade-api/v2/portfolio/orders, WRITE",
        "DELETE, /trade-api/v2/portfolio/orders/abc, WRITE",
        "POST, /trade-api/v2/portfolio/orders/abc/amend, WRITE",
        "POST, /trade-api/v2/portfolio/orders/batched, WRITE",
        "DELETE, /trade-api/v2/portfolio/orders/batched, WRITE",
        "POST, /trade-api/v2/portfolio/order_groups/create, WRITE",
        "DELETE, /trade-api/v2/portfolio/order_groups/g-1, WRITE",
        "PUT, /trade-api/v2/portfolio/order_groups/g-1/reset, WRITE",
        "PUT, /trade-api/v2/portfolio/order_groups/g-1/limit, WRITE",
        "post, /trade-api/v2/account/api_usage_level/upgrade, WRITE",
        "POST, /trade-api/v2/communications/quotes, WRITE",
        "PUT, /trade-api/v2/communications/quotes/q-1/accept, WRITE",
        "PUT, /trade-api/v2/communications/rfqs/r-1/quotes/q-1/confirm, WRITE",
        "POST, /trade-api/v2/communications/block-trade-proposals/b-1/accept, WRITE",
        "POST, /trade-api/v2/communications/block-trade-proposals, READ",
        "POST, /trade-api/v2/portfolio/subaccounts, READ",
        "POST, /trade-api/v2/api_keys/generate, READ",
        "POST, /trade-api/v2/portfolio/ordersX, READ",
    })
    void bucketClassification(String method, String path, BucketKind expected) {
        assertThat(costs.bucketOf(method, path)).isEqualTo(expected);
    }

    @Test
    void jsonRoundTripGivesAnEqualTableAndTheBundledText() throws Exception {
        String json = costs.toJson();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode bundled;
        try (InputStream in = EndpointCosts.class.getResourceAsStream("endpoint_costs.json")) {
            bundled = mapper.readTree(in);
        }

        assertThat(EndpointCosts.fromJson(json)).isEqualTo(costs);
        assertThat(mapper.readTree(json)).isEqualTo(bundled);
    }

    @Test
    void jsonHasKalshisShape() throws Exception {
        JsonNode root = new ObjectMapper().readTree(costs.toJson());

        assertThat(root.fieldNames()).toIterable().containsExactly("default_cost", "endpoint_costs");
        assertThat(root.get("default_cost").asLong()).isEqualTo(10);
        JsonNode first = root.get("endpoint_costs").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("method", "path", "cost");
        assertThat(first.get("path").asText()).isEqualTo(V2 + "/portfolio/events/orders/{order_id}");
    }

    @Test
    void kalshiListWithoutPerItemInfersItForBatchedPathsAndIgnoresUnknownFields() {
        EndpointCosts live = EndpointCosts.fromJson("""
                {"default_cost":10,"endpoint_costs":[
                  {"method":"POST","path":"/trade-api/v2/portfolio/events/orders/batched","cost":10,"note":"new"},
                  {"method":"DELETE","path":"/trade-api/v2/portfolio/events/orders/{order_id}","cost":2}],
                 "something_new":true}
                """);

        assertThat(live.entries()).containsExactly(
                EndpointCost.perItem("POST", V2 + "/portfolio/events/orders/batched", 10),
                EndpointCost.perRequest("DELETE", V2 + "/portfolio/events/orders/{order_id}", 2));
    }

    @Test
    void explicitPerItemFalseSurvivesARoundTrip() {
        EndpointCosts table = new EndpointCosts(5, List.of(EndpointCost.perRequest("POST", V2 + "/x/batched", 7)));

        EndpointCosts again = EndpointCosts.fromJson(table.toJson());

        assertThat(again).isEqualTo(table);
        assertThat(again.costOfBatch("POST", V2 + "/x/batched", 4)).isEqualTo(7);
        assertThat(again.costOf("GET", V2 + "/y")).isEqualTo(5);
    }

    @Test
    void badTablesAreRejectedWithTheirPlace() {
        assertThatThrownBy(() -> EndpointCosts.fromJson("{\"endpoint_costs\":[]}"))
                .hasMessageContaining("default_cost must be a whole number");
        assertThatThrownBy(() -> EndpointCosts.fromJson("{\"default_cost\":10,\"endpoint_costs\":[{\"method\":\"GET\",\"path\":\"/a\",\"cost\":\"2\"}]}"))
                .hasMessageContaining("endpoint_costs[0].cost must be a whole number");
        assertThatThrownBy(() -> EndpointCosts.fromJson("{\"default_cost\":10,\"endpoint_costs\":[{\"method\":\"GET\",\"path\":\"a/{id\",\"cost\":2}]}"))
                .hasMessageContaining("endpoint_costs[0]")
                .hasMessageContaining("must start with '/'");
        assertThatThrownBy(() -> EndpointCosts.fromJson("{\"default_cost\":10,\"endpoint_costs\":[{\"method\":\"GET\",\"path\":\"/a/x{id}\",\"cost\":2}]}"))
                .hasMessageContaining("whole segment");
        assertThatThrownBy(() -> EndpointCosts.fromJson("{\"default_cost\":10,\"endpoint_costs\":[{\"method\":\"GET\",\"path\":\"/a\",\"cost\":2,\"per_item\":\"yes\"}]}"))
                .hasMessageContaining("per_item must be true or false");
        assertThatThrownBy(() -> new EndpointCosts(10, List.of(
                EndpointCost.perRequest("GET", "/a/{x}", 1), EndpointCost.perRequest("get", "/a/{y}", 2))))
                .hasMessageContaining("duplicate endpoint cost for GET /a/{y}");
        assertThatThrownBy(() -> costs.costOfBatch("POST", V2 + "/portfolio/events/orders/batched", -1))
                .hasMessageContaining("itemCount must not be negative: -1");
        assertThatThrownBy(() -> costs.costOf("GET", "trade-api/v2/markets")).hasMessageContaining("must start with '/'");
    }
}
