package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.Router;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Regressions of issue 8's schema and routing findings, through the running server. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SchemaRoutingIT {

    private SimHarness sim;
    private SimMember member;

    @BeforeEach
    void start() {
        sim = new SimHarness();
        member = sim.member();
        sim.market("SR-1");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private JsonNode get(String path) {
        Reply reply = sim.raw("GET", KalshiApi.PREFIX + path, null);
        assertThat(reply.status()).as(path + " " + reply).isEqualTo(200);
        return reply.json();
    }

    @Test
    void anOrderPlacedWithoutAClientOrderIdShowsAnEmptyOne() {
        Reply created = member.order("SR-1", "bid", "0.40", "1");
        assertThat(created.status()).isEqualTo(201);
        String id = created.text("order_id");

        JsonNode order = member.get("/portfolio/orders/" + id).json().get("order");
        JsonNode listed = member.get("/portfolio/orders").json().get("orders").get(0);

        assertThat(order.has("client_order_id")).isTrue();
        assertThat(order.get("client_order_id").asText()).isEmpty();
        assertThat(listed.get("client_order_id").isTextual()).isTrue();
        assertThat(created.json().get("client_order_id").asText()).isEmpty();
    }

    @Test
    void aClientOrderIdGivenIsKept() {
        Reply created = member.post("/portfolio/events/orders", """
                {"ticker":"SR-1","side":"bid","price":"0.40","count":"1","client_order_id":"mine-1",
                 "time_in_force":"good_till_canceled","self_trade_prevention_type":"taker_at_cross"}""");

        assertThat(member.get("/portfolio/orders/" + created.text("order_id")).json().get("order")
                .get("client_order_id").asText()).isEqualTo("mine-1");
    }

    @Test
    void anEventAlwaysCarriesTheTopLevelMarkets() {
        JsonNode plain = get("/events/SR-1-EV");
        JsonNode nested = get("/events/SR-1-EV?with_nested_markets=true");

        assertThat(plain.get("markets")).hasSize(1);
        assertThat(plain.get("event").has("markets")).isFalse();
        assertThat(nested.get("markets")).hasSize(1);
        assertThat(nested.get("event").get("markets")).isEqualTo(nested.get("markets"));
    }

    @Test
    void marketsSayFractionalTradingIsEnabled() {
        assertThat(get("/markets/SR-1").get("market").get("fractional_trading_enabled").asBoolean()).isTrue();
        assertThat(get("/markets").get("markets").get(0).get("fractional_trading_enabled").isBoolean()).isTrue();
        assertThat(get("/events/SR-1-EV").get("markets").get(0).has("fractional_trading_enabled")).isTrue();
        // And it is true: an order of a hundredth of a contract is taken.
        assertThat(member.order("SR-1", "bid", "0.40", "0.01").status()).isEqualTo(201);
    }

    @Test
    void multivariateEventsAreAListNotATicker() {
        JsonNode page = get("/events/multivariate?limit=5&with_nested_markets=true");

        assertThat(page.get("events")).isEmpty();
        assertThat(page.get("cursor").asText()).isEmpty();
        assertThat(sim.raw("GET", KalshiApi.PREFIX + "/events/multivariate?series_ticker=SIM&collection_ticker=C", null)
                .status()).isEqualTo(400);
        assertThat(sim.raw("GET", KalshiApi.PREFIX + "/events/multivariate?limit=201", null).status()).isEqualTo(400);
        assertThat(sim.raw("GET", KalshiApi.PREFIX + "/events/multivariate?cursor=garbage!", null).status()).isEqualTo(400);
    }

    @Test
    void feeChangesAreListsNotTickers() {
        JsonNode events = get("/events/fee_changes?event_ticker=SR-1-EV&limit=10");
        JsonNode series = get("/series/fee_changes?series_ticker=SIM&show_historical=true");

        assertThat(events.get("event_fee_changes")).isEmpty();
        assertThat(events.get("cursor").asText()).isEmpty();
        assertThat(series.get("series_fee_change_arr")).isEmpty();
        assertThat(sim.raw("GET", KalshiApi.PREFIX + "/events/fee_changes?limit=1001", null).status()).isEqualTo(400);
        assertThat(sim.raw("GET", KalshiApi.PREFIX + "/series/fee_changes?show_historical=maybe", null).status())
                .isEqualTo(400);
    }

    @Test
    void literalPathsBeatTheTickerTemplates() {
        Router router = new Router().addAll(sim.server.restRoutes());

        assertThat(router.match("GET", "/events/multivariate").route().template()).isEqualTo("/events/multivariate");
        assertThat(router.match("GET", "/events/fee_changes").route().template()).isEqualTo("/events/fee_changes");
        assertThat(router.match("GET", "/series/fee_changes").route().template()).isEqualTo("/series/fee_changes");
        assertThat(router.match("GET", "/events/SR-1-EV").route().template()).isEqualTo("/events/{event_ticker}");
        assertThat(router.match("GET", "/series/SIM").route().template()).isEqualTo("/series/{series_ticker}");
        // Charged like any other read: the default cost, not a ticker lookup's entry.
        assertThat(sim.server.state().limiter().costs().costOf("GET", KalshiApi.PREFIX + "/events/multivariate"))
                .isEqualTo(sim.server.state().limiter().costs().defaultCost());
    }

    @Test
    void noServedLiteralPathIsPricedByAParameterEntry() {
        EndpointCosts costs = sim.server.state().limiter().costs();
        for (Route route : sim.server.restRoutes()) {
            String template = KalshiApi.PREFIX + route.template();
            String concrete = template.replaceAll("\\{[^}/]+}", "p-1");

            costs.find(route.method(), concrete).ifPresent(entry -> assertThat(entry.pathTemplate())
                    .as(route.method() + " " + concrete + " is priced by").isEqualTo(template));
        }
    }

    @Test
    void theUsageLevelUpgradeAnswers201WithNoBody() {
        member.order("SR-1", "bid", "0.40", "1");

        Reply upgraded = member.post("/account/api_usage_level/upgrade", null);

        assertThat(upgraded.status()).isEqualTo(201);
        assertThat(upgraded.body()).isEmpty();
    }
}
