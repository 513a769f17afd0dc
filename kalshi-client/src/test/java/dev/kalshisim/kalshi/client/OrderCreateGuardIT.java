package dev.kalshisim.kalshi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.core.wire.CreateOrderV2Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A create that fails ambiguously is reconciled, so a retry can never place a second order. */
@Timeout(30)
class OrderCreateGuardIT extends WireMockFixture {

    private static final String CREATE = api("/portfolio/events/orders");
    private static final String ORDERS = api("/portfolio/orders");
    private static final CreateOrderV2Request ORDER =
            CreateOrderV2Request.gtc(Samples.TICKER, BookSide.BID, Count.ofContracts(10), Price.parse("0.56"));

    private final AtomicInteger generatedIds = new AtomicInteger();

    private KalshiClient client() {
        return clientBuilder().clientOrderIds(() -> "coid-" + generatedIds.incrementAndGet()).build();
    }

    /** Answers the create with each response in turn (the last one repeats). */
    private void createAnswers(ResponseDefinitionBuilder... answers) {
        sequence(() -> post(urlPathEqualTo(CREATE)), "create", answers);
    }

    /** Answers the order lookup with each response in turn (the last one repeats). */
    private void lookupAnswers(ResponseDefinitionBuilder... answers) {
        sequence(() -> get(urlPathEqualTo(ORDERS)), "lookup", answers);
    }

    private void sequence(Supplier<MappingBuilder> request, String scenario,
            ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            String state = i == 0 ? STARTED : scenario + "-" + i;
            ScenarioMappingBuilder mapping = request.get().inScenario(scenario).whenScenarioStateIs(state).willReturn(answers[i]);
            if (i + 1 < answers.length) {
                mapping = mapping.willSetStateTo(scenario + "-" + (i + 1));
            }
            server.stubFor(mapping);
        }
    }

    private static ResponseDefinitionBuilder reset() {
        return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
    }

    private List<String> sentClientOrderIds() {
        return server.findAll(postRequestedFor(urlPathEqualTo(CREATE))).stream()
                .map(LoggedRequest::getBodyAsString)
                .map(body -> body.replaceAll(".*\"client_order_id\":\"([^\"]+)\".*", "$1"))
                .toList();
    }

    @Test
    void aResetAfterTheOrderWasAcceptedIsResolvedByLookingItUp() {
        createAnswers(reset());
        lookupAnswers(okJson(Samples.ordersPage("", Samples.order("ord-other", "someone-else", "resting"),
                Samples.order("ord-1", "coid-1", "resting"))));
        try (KalshiClient client = client()) {
            CreateOrderV2Response created = VirtualTime.drive(clock, client.orders().createAsync(ORDER));

            assertThat(created.orderId()).isEqualTo("ord-1");
            assertThat(created.clientOrderId()).isEqualTo("coid-1");
            assertThat(created.remainingCount()).isEqualTo(Count.ofContracts(10));
            server.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
            server.verify(1, getRequestedFor(urlPathEqualTo(ORDERS))
                    .withQueryParam("ticker", equalTo(Samples.TICKER))
                    .withQueryParam("limit", equalTo("1000"))
                    .withQueryParam("min_ts", equalTo(Long.toString(START_NANOS / 1_000_000_000L - 60))));
        }
    }

    @Test
    void aRetryAnswered409IsTheEarlierAttemptsOrder() {
        // The lookup lags (portfolio reads may be stale), so the client retries; the retry learns the order exists.
        createAnswers(reset(), aResponse().withStatus(409).withBody(Samples.ALREADY_EXISTS));
        lookupAnswers(okJson(Samples.ordersPage("")), okJson(Samples.ordersPage("", Samples.order("ord-1", "coid-1", "resting"))));
        try (KalshiClient client = client()) {
            CreateOrderV2Response created = VirtualTime.drive(clock, client.orders().createAsync(ORDER));

            assertThat(created.orderId()).isEqualTo("ord-1");
            server.verify(2, postRequestedFor(urlPathEqualTo(CREATE)));
            server.verify(2, getRequestedFor(urlPathEqualTo(ORDERS)));
            assertThat(sentClientOrderIds()).containsExactly("coid-1", "coid-1");
            assertThat(generatedIds).hasValue(1);
        }
    }

    @Test
    void retriesWithTheSameClientOrderIdWhenTheLookupShowsNoOrder() {
        createAnswers(reset(), aResponse().withStatus(201).withBody(Samples.created("ord-2", "coid-1")));
        lookupAnswers(okJson(Samples.ordersPage("")));
        try (KalshiClient client = client()) {
            CreateOrderV2Response created = VirtualTime.drive(clock, client.orders().createAsync(ORDER));

            assertThat(created.orderId()).isEqualTo("ord-2");
            assertThat(sentClientOrderIds()).containsExactly("coid-1", "coid-1");
            server.verify(1, getRequestedFor(urlPathEqualTo(ORDERS)));
        }
    }

    @Test
    void theLookupFollowsCursorsAcrossPages() {
        createAnswers(reset());
        server.stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("cursor", absent())
                .willReturn(okJson(Samples.ordersPage("p2", Samples.order("ord-0", "other", "executed")))));
        server.stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("cursor", equalTo("p2"))
                .willReturn(okJson(Samples.ordersPage("", Samples.order("ord-1", "coid-1", "executed")))));
        try (KalshiClient client = client()) {
            assertThat(VirtualTime.drive(clock, client.orders().createAsync(ORDER)).orderId()).isEqualTo("ord-1");
            server.verify(2, getRequestedFor(urlPathEqualTo(ORDERS)));
        }
    }

    @Test
    void a409OnTheFirstAttemptIsTheCallersDuplicate() {
        createAnswers(aResponse().withStatus(409).withBody(Samples.ALREADY_EXISTS));
        try (KalshiClient client = client()) {
            CreateOrderV2Request mine = new CreateOrderV2Request(Samples.TICKER, "my-id", BookSide.BID, Count.ofContracts(1),
                    Price.parse("0.50"), null, ORDER.timeInForce(), null, ORDER.selfTradePreventionType(), null, null, null, null, null);

            assertThatThrownBy(() -> VirtualTime.drive(clock, client.orders().createAsync(mine)))
                    .isInstanceOfSatisfying(KalshiApiException.class,
                            error -> assertThat(error.code()).isEqualTo("order_already_exists"));
            server.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
            server.verify(0, getRequestedFor(urlPathEqualTo(ORDERS)));
            assertThat(sentClientOrderIds()).containsExactly("my-id");
        }
    }

    @Test
    void a503IsRetriedWithoutALookup() {
        createAnswers(aResponse().withStatus(503).withBody(Samples.SERVICE_UNAVAILABLE),
                aResponse().withStatus(201).withBody(Samples.created("ord-3", "coid-1")));
        try (KalshiClient client = client()) {
            assertThat(VirtualTime.drive(clock, client.orders().createAsync(ORDER)).orderId()).isEqualTo("ord-3");
            server.verify(2, postRequestedFor(urlPathEqualTo(CREATE)));
            server.verify(0, getRequestedFor(urlPathEqualTo(ORDERS)));
            assertThat(sentClientOrderIds()).containsExactly("coid-1", "coid-1");
        }
    }

    @Test
    void stopsWithUnknownOutcomeWhenTheLookupFails() {
        createAnswers(reset());
        lookupAnswers(aResponse().withStatus(500));
        try (KalshiClient client = client()) {
            assertThatThrownBy(() -> VirtualTime.drive(clock, client.orders().createAsync(ORDER)))
                    .isInstanceOfSatisfying(OrderOutcomeUnknownException.class,
                            error -> assertThat(error.clientOrderId()).isEqualTo("coid-1"));
            server.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
            server.verify(6, getRequestedFor(urlPathEqualTo(ORDERS)));
        }
    }

    @Test
    void fillsInAClientOrderIdAndSendsTheV2Body() {
        createAnswers(aResponse().withStatus(201).withBody(Samples.created("ord-4", "coid-1")));
        try (KalshiClient client = client()) {
            VirtualTime.drive(clock, client.orders().createAsync(ORDER));

            server.verify(postRequestedFor(urlPathEqualTo(CREATE))
                    .withHeader("Content-Type", equalTo("application/json"))
                    .withRequestBody(matchingJsonPath("$.client_order_id", equalTo("coid-1")))
                    .withRequestBody(matchingJsonPath("$.side", equalTo("bid")))
                    .withRequestBody(matchingJsonPath("$.count", equalTo("10.00")))
                    .withRequestBody(matchingJsonPath("$.price", equalTo("0.5600")))
                    .withRequestBody(matchingJsonPath("$.time_in_force", equalTo("good_till_canceled")))
                    .withRequestBody(matchingJsonPath("$.self_trade_prevention_type", equalTo("taker_at_cross"))));
        }
    }
}
