package dev.kalshisim.kalshi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.kalshisim.core.wire.CancelOrderV2Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Cancels are safe to repeat: a retry after an ambiguous failure may find the order already canceled. */
@Timeout(30)
class CancelRetryIT extends WireMockFixture {

    private static final String CANCEL = api("/portfolio/events/orders/ord-1");
    private static final String ORDER = api("/portfolio/orders/ord-1");
    private static final String NOT_FOUND = "{\"error\":{\"code\":\"not_found\",\"message\":\"order not found\"}}";

    @Test
    void aRetryThatFindsTheOrderGoneConfirmsItWasCanceled() {
        server.stubFor(delete(urlPathEqualTo(CANCEL)).inScenario("cancel").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("gone"));
        server.stubFor(delete(urlPathEqualTo(CANCEL)).inScenario("cancel").whenScenarioStateIs("gone")
                .willReturn(aResponse().withStatus(404).withBody(NOT_FOUND)));
        server.stubFor(get(urlPathEqualTo(ORDER)).willReturn(okJson("{\"order\":" + Samples.order("ord-1", "c-1", "canceled") + "}")));
        try (KalshiClient client = clientBuilder().build()) {
            CancelOrderV2Response canceled = VirtualTime.drive(clock, client.orders().cancelAsync("ord-1"));

            assertThat(canceled.orderId()).isEqualTo("ord-1");
            assertThat(canceled.clientOrderId()).isEqualTo("c-1");
            assertThat(canceled.reducedBy()).isNull();
            server.verify(2, deleteRequestedFor(urlPathEqualTo(CANCEL)));
            server.verify(1, getRequestedFor(urlPathEqualTo(ORDER)));
        }
    }

    @Test
    void a404OnTheFirstAttemptIsReported() {
        server.stubFor(delete(urlPathEqualTo(CANCEL)).willReturn(aResponse().withStatus(404).withBody(NOT_FOUND)));
        try (KalshiClient client = clientBuilder().build()) {
            assertThatThrownBy(() -> VirtualTime.drive(clock, client.orders().cancelAsync("ord-1")))
                    .isInstanceOfSatisfying(KalshiApiException.class, error -> assertThat(error.status()).isEqualTo(404));
            server.verify(0, getRequestedFor(urlPathEqualTo(ORDER)));
        }
    }

    @Test
    void aCancelIsRetriedAfterA500() {
        server.stubFor(delete(urlPathEqualTo(CANCEL)).inScenario("cancel").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("ok"));
        server.stubFor(delete(urlPathEqualTo(CANCEL)).inScenario("cancel").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"order_id\":\"ord-1\",\"reduced_by\":\"10.00\",\"ts_ms\":5}")));
        try (KalshiClient client = clientBuilder().build()) {
            assertThat(VirtualTime.drive(clock, client.orders().cancelAsync("ord-1")).reducedBy().toString()).isEqualTo("10.00");
            server.verify(2, deleteRequestedFor(urlPathEqualTo(CANCEL)));
        }
    }
}
