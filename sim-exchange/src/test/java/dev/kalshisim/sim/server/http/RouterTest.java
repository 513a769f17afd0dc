package dev.kalshisim.sim.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(batch.batchItems().applyAsInt(request)).isEqualTo(3);
        assertThat(batch.batchItems().applyAsInt(RouteRequest.of("POST", "/x"))).isEqualTo(1);
    }
}
