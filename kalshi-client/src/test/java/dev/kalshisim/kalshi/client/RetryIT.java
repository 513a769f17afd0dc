package dev.kalshisim.kalshi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.ExchangeStatus;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.AmendOrderV2Request;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class RetryIT extends WireMockFixture {

    private static final String STATUS = "/exchange/status";

    /** Answers {@code path} with the statuses in turn, then 200 with {@code finalBody}. */
    private void script(String path, String finalBody, int... failures) {
        String state = STARTED;
        for (int i = 0; i < failures.length; i++) {
            String body = failures[i] == 429 ? Samples.TOO_MANY_REQUESTS : Samples.SERVICE_UNAVAILABLE;
            server.stubFor(any(urlPathEqualTo(api(path))).inScenario(path).whenScenarioStateIs(state)
                    .willReturn(aResponse().withStatus(failures[i]).withBody(body)).willSetStateTo("after-" + i));
            state = "after-" + i;
        }
        server.stubFor(any(urlPathEqualTo(api(path))).inScenario(path).whenScenarioStateIs(state).willReturn(okJson(finalBody)));
    }

    @Test
    void retriesA429AndSucceeds() {
        script(STATUS, Samples.EXCHANGE_STATUS, 429);
        try (KalshiClient client = clientBuilder().build()) {
            ExchangeStatus status = VirtualTime.drive(clock, client.exchange().statusAsync());

            assertThat(status.tradingActive()).isTrue();
            server.verify(2, getRequestedFor(urlPathEqualTo(api(STATUS))));
            assertThat(client.throttleStats().rateLimitedResponses()).isEqualTo(1);
            // Without a throttle or Retry-After, a 429 backs off like any transient failure.
            assertThat(retryWaits).hasSize(1);
            assertThat(retryWaits.get(0)).isBetween(0L, 100 * MS);
        }
    }

    @Test
    void aThrottledClientWaitsForItsBucketAfterA429() {
        script(STATUS, Samples.EXCHANGE_STATUS, 429);
        try (KalshiClient client = clientBuilder().throttle(true).build()) {
            VirtualTime.drive(clock, client.exchange().statusAsync());

            // The 429 emptied the local read bucket (basic: 200 tokens/s); the retry waited for 10 tokens.
            assertThat(retryWaits).containsExactly(0L);
            assertThat(elapsedNanos()).isEqualTo(50 * MS);
            assertThat(client.throttleStats().rateLimitedResponses()).isEqualTo(1);
            assertThat(client.throttleStats().read().requestsTotal()).isEqualTo(2);
        }
    }

    @Test
    void honoursRetryAfterWhenTheServerSendsIt() {
        server.stubFor(get(urlPathEqualTo(api(STATUS))).inScenario("ra").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3").withBody(Samples.TOO_MANY_REQUESTS))
                .willSetStateTo("ok"));
        server.stubFor(get(urlPathEqualTo(api(STATUS))).inScenario("ra").whenScenarioStateIs("ok")
                .willReturn(okJson(Samples.EXCHANGE_STATUS)));
        try (KalshiClient client = clientBuilder().build()) {
            VirtualTime.drive(clock, client.exchange().statusAsync());

            assertThat(retryWaits).containsExactly(3_000 * MS);
            assertThat(elapsedNanos()).isEqualTo(3_000 * MS);
            server.verify(2, getRequestedFor(urlPathEqualTo(api(STATUS))));
        }
    }

    @Test
    void reportsA429WhoseRetryAfterExceedsTheCap() {
        server.stubFor(get(urlPathEqualTo(api(STATUS)))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "60").withBody(Samples.TOO_MANY_REQUESTS)));
        try (KalshiClient client = clientBuilder().build()) {
            assertThatThrownBy(() -> VirtualTime.drive(clock, client.exchange().statusAsync()))
                    .isInstanceOfSatisfying(RateLimitedException.class,
                            limited -> assertThat(limited.retryAfterNanos()).hasValue(60_000 * MS));
            server.verify(1, anyRequestedFor(urlPathEqualTo(api(STATUS))));
        }
    }

    @Test
    void ridesOutA503StormWithJitteredBackoff() {
        script(STATUS, Samples.EXCHANGE_STATUS, 503, 503, 503, 503);
        try (KalshiClient client = clientBuilder().build()) {
            VirtualTime.drive(clock, client.exchange().statusAsync());

            server.verify(5, getRequestedFor(urlPathEqualTo(api(STATUS))));
            assertThat(retryWaits).containsExactlyElementsOf(expectedWaits(4));
            for (int retry = 0; retry < 4; retry++) {
                assertThat(retryWaits.get(retry)).isBetween(0L, (100 * MS) << retry);
            }
            assertThat(elapsedNanos()).isEqualTo(retryWaits.stream().mapToLong(Long::longValue).sum());
        }
    }

    @Test
    void givesUpAfterSixAttempts() {
        server.stubFor(get(urlPathEqualTo(api(STATUS))).willReturn(aResponse().withStatus(503).withBody(Samples.SERVICE_UNAVAILABLE)));
        try (KalshiClient client = clientBuilder().build()) {
            assertThatThrownBy(() -> VirtualTime.drive(clock, client.exchange().statusAsync()))
                    .isInstanceOfSatisfying(KalshiApiException.class, error -> {
                        assertThat(error.status()).isEqualTo(503);
                        assertThat(error.code()).isEqualTo("service_unavailable");
                        assertThat(error.getSuppressed()).hasSize(5);
                    });
            server.verify(6, getRequestedFor(urlPathEqualTo(api(STATUS))));
            assertThat(retryWaits).containsExactlyElementsOf(expectedWaits(5));
        }
    }

    @Test
    void theAttemptLimitIsConfigurable() {
        server.stubFor(get(urlPathEqualTo(api(STATUS))).willReturn(aResponse().withStatus(503)));
        try (KalshiClient client = clientBuilder().retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(2)).build()) {
            assertThatThrownBy(() -> VirtualTime.drive(clock, client.exchange().statusAsync())).isInstanceOf(KalshiApiException.class);
            server.verify(2, getRequestedFor(urlPathEqualTo(api(STATUS))));
        }
    }

    @Test
    void anAmendIsNotRetriedAfterA500ButIsAfterA503() {
        String amendPath = "/portfolio/events/orders/ord-1/amend";
        AmendOrderV2Request amend = new AmendOrderV2Request(Samples.TICKER, BookSide.BID, Price.parse("0.57"),
                Count.ofContracts(10), null, null, null, null);
        try (KalshiClient client = clientBuilder().build()) {
            server.stubFor(post(urlPathEqualTo(api(amendPath))).willReturn(aResponse().withStatus(500)));
            assertThatThrownBy(() -> VirtualTime.drive(clock, client.orders().amendAsync("ord-1", amend)))
                    .isInstanceOfSatisfying(KalshiApiException.class, error -> assertThat(error.status()).isEqualTo(500));
            server.verify(1, postRequestedFor(urlPathEqualTo(api(amendPath))));

            server.resetAll();
            script(amendPath, "{\"order_id\":\"ord-1\",\"ts_ms\":1}", 503);
            assertThat(VirtualTime.drive(clock, client.orders().amendAsync("ord-1", amend)).orderId()).isEqualTo("ord-1");
            server.verify(2, postRequestedFor(urlPathEqualTo(api(amendPath))));
        }
    }

    @Test
    void retriesAConnectionThatNeverReachedTheServer() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        KalshiClient unreachable = KalshiClient.builder(KalshiClient.simulatorBaseUrl(closedPort)).clock(clock)
                .random(new Random(SEED)).executor(Runnable::run).throttle(false)
                .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(3))
                .retryListener((attempt, wait, failure) -> retryWaits.add(wait)).build();

        assertThatThrownBy(() -> VirtualTime.drive(clock, unreachable.exchange().statusAsync()))
                .isInstanceOfSatisfying(KalshiTransportException.class,
                        error -> assertThat(error.requestMayHaveBeenSent()).isFalse());
        assertThat(retryWaits).hasSize(2);
    }

    /** The waits a fresh seeded random source gives for the first {@code retries} retries. */
    private static List<Long> expectedWaits(int retries) {
        Backoff reference = RetryPolicy.DEFAULT.backoff();
        Random random = new Random(SEED);
        List<Long> waits = new ArrayList<>();
        for (int retry = 0; retry < retries; retry++) {
            waits.add(reference.waitNanos(retry, random));
        }
        return waits;
    }
}
