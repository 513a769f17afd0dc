package dev.kalshisim.sim.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.EndpointPrice;
import org.junit.jupiter.api.Test;

class RouterTest {

    private final Router router = new Router()
            .add(Route.open("GET", "/markets/{ticker}", call -> RouteResponse.ok("one")))
            .add(Route.open("GET", "/markets/trades", call -> RouteResponse.ok("trades")))
            .add(Route.signed("DELETE", "/portfolio/orders/{order_id}", call -> RouteResponse.ok("cancel")))
            .add(Route.signed("GET", "/portfolio/orders/{order_id}", call -> RouteResponse.ok("get")))
            .add(Route.signedBatch("POST", "/portfolio/orders/batched", "orders", call -> RouteResponse.ok("batch")));

    @Test
    void literalSegmentBeatsParameter() {
        assertThat(router.match("GET", "/markets/trades").route().template()).isEqualTo("/markets/trades");
        assertThat(router.match("GET", "/markets/ABC").pathParams()).containsEntry("ticker", "ABC");
    }

    @Test
    void pathParametersArePercentDecodedButPlusStaysPlus() {
        assertThat(router.match("GET", "/markets/A%20B+C").pathParams()).containsEntry("ticker", "A B+C");
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() {
        assertThatThrownBy(() -> router.match("GET", "/nothing"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> router.match("PUT", "/markets/ABC"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(405));
        assertThatThrownBy(() -> router.match("GET", "/portfolio/orders/batched"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(405));
    }

    @Test
    void emptyParameterDoesNotMatch() {
        assertThatThrownBy(() -> router.match("GET", "/markets//orderbook")).isInstanceOf(ApiException.class);
    }

    @Test
    void malformedEscapeIs400() {
        assertThatThrownBy(() -> router.match("GET", "/markets/%zz"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void duplicateRoutesAreRefused() {
        assertThatThrownBy(() -> router.add(Route.open("GET", "/markets/trades", call -> RouteResponse.ok(""))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void batchRoutesCountItemsOfTheirArray() {
        Route batch = router.match("POST", "/portfolio/orders/batched").route();
        RouteRequest request = new RouteRequest("POST", "/x", QueryParams.EMPTY, "{\"orders\":[{},{},{}]}".getBytes(),
                java.util.Map.of(), "127.0.0.1");
        assertThat(batch.batchItems(RequestBody.of(request.body()))).isEqualTo(3);
        assertThat(batch.batchItems(RequestBody.of(RouteRequest.of("POST", "/x").body()))).isEqualTo(1);
    }

    @Test
    void aPricedRouterMatchesOnceAndTheMatchKnowsItsCost() {
        Router priced = Router.pricedBy(EndpointCosts.defaults(), "/trade-api/v2")
                .add(Route.signed("DELETE", "/portfolio/orders/{order_id}", call -> RouteResponse.ok("cancel")))
                .add(Route.signedBatch("DELETE", "/portfolio/orders/batched", "ids", call -> RouteResponse.ok("batch")))
                .add(Route.open("GET", "/markets", call -> RouteResponse.ok("markets")));

        assertThat(priced.match("DELETE", "/portfolio/orders/abc").price())
                .isEqualTo(new EndpointPrice(BucketKind.WRITE, 20, false));
        assertThat(priced.match("DELETE", "/portfolio/orders/batched").price())
                .isEqualTo(new EndpointPrice(BucketKind.WRITE, 20, true));
        assertThat(priced.match("GET", "/markets/").price()).isEqualTo(new EndpointPrice(BucketKind.READ, 10, false));
        assertThat(router.match("GET", "/markets/trades").price()).as("an unpriced router").isNull();
    }
}
