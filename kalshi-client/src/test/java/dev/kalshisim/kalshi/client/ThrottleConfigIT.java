package dev.kalshisim.kalshi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.auth.TestKeys;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The throttle sizes its buckets from {@code /account/limits} and prices requests from {@code /account/endpoint_costs}. */
@Timeout(30)
class ThrottleConfigIT extends WireMockFixture {

    private static final Credentials CREDENTIALS =
            new Credentials("key-1", TestKeys.FIRST.getPrivate());
    private static final CreateOrderV2Request ORDER =
            CreateOrderV2Request.gtc(Samples.TICKER, BookSide.BID, Count.ofContracts(1), Price.parse("0.50"));

    private void stubAccountTables() {
        server.stubFor(get(urlPathEqualTo(api("/account/limits"))).willReturn(okJson("""
                {"usage_tier":"advanced","read":{"refill_rate":300,"bucket_capacity":600},
                 "write":{"refill_rate":5,"bucket_capacity":20},
                 "grants":[{"exchange_instance":"event_contract","level":"advanced","source":"manual"}]}
                """)));
        // One path without the /trade-api/v2 prefix: Kalshi does not document which spelling it uses.
        server.stubFor(get(urlPathEqualTo(api("/account/endpoint_costs"))).willReturn(okJson("""
                {"default_cost":10,"endpoint_costs":[
                  {"method":"DELETE","path":"/portfolio/events/orders/{order_id}","cost":4},
                  {"method":"POST","path":"/trade-api/v2/portfolio/events/orders/batched","cost":7}]}
                """)));
    }

    @Test
    void readsLimitsAndCostsFromTheServerAndChargesBatchesPerItem() {
        stubAccountTables();
        server.stubFor(delete(urlPathEqualTo(api("/portfolio/events/orders/ord-1")))
                .willReturn(okJson("{\"order_id\":\"ord-1\",\"reduced_by\":\"1.00\",\"ts_ms\":1}")));
        server.stubFor(post(urlPathEqualTo(api("/portfolio/events/orders/batched")))
                .willReturn(aResponse().withStatus(201).withBody("{\"orders\":[]}")));
        try (KalshiClient client = clientBuilder().credentials(CREDENTIALS).throttle(true).build()) {
            VirtualTime.drive(clock, client.orders().cancelAsync("ord-1"));
            VirtualTime.drive(clock, client.orders().batchCreateAsync(List.of(ORDER, ORDER)));

            ThrottleStats stats = client.throttleStats();
            assertThat(stats.enabled()).isTrue();
            assertThat(stats.usageTier()).isEqualTo("advanced");
            assertThat(stats.limitsFromServer()).isTrue();
            assertThat(stats.costsFromServer()).isTrue();
            assertThat(stats.write().capacityTokens()).isEqualTo(20);
            assertThat(stats.write().refillTokensPerSecond()).isEqualTo(5);
            assertThat(stats.read().capacityTokens()).isEqualTo(600);
            assertThat(stats.write().requestsTotal()).isEqualTo(2);
            assertThat(stats.write().tokensTotal()).isEqualTo(4 + 2 * 7);
            // The two table reads are charged to the read bucket at the default cost.
            assertThat(stats.read().availableTokens()).isEqualTo(600 - 20);
            assertThat(stats.refreshes()).isEqualTo(1);
        }
        server.verify(1, getRequestedFor(urlPathEqualTo(api("/account/limits"))));
        server.verify(1, getRequestedFor(urlPathEqualTo(api("/account/endpoint_costs"))));
    }

    @Test
    void refusesABatchLargerThanTheWriteBucketBeforeSendingIt() {
        stubAccountTables();
        try (KalshiClient client = clientBuilder().credentials(CREDENTIALS).throttle(true).build()) {
            assertThatThrownBy(() -> VirtualTime.drive(clock, client.orders().batchCreateAsync(List.of(ORDER, ORDER, ORDER))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("costs 21 tokens")
                    .hasMessageContaining("write bucket holds at most 20 tokens");
        }
        server.verify(0, postRequestedFor(urlPathEqualTo(api("/portfolio/events/orders/batched"))));
    }

    @Test
    void fallsBackToTheBasicTierAndBuiltInCostsWhenTheTablesAreUnavailable() {
        server.stubFor(get(urlPathEqualTo(api("/account/limits"))).willReturn(aResponse().withStatus(500)));
        server.stubFor(get(urlPathEqualTo(api("/account/endpoint_costs"))).willReturn(aResponse().withStatus(404)));
        server.stubFor(delete(urlPathEqualTo(api("/portfolio/events/orders/ord-1")))
                .willReturn(okJson("{\"order_id\":\"ord-1\",\"reduced_by\":\"1.00\",\"ts_ms\":1}")));
        try (KalshiClient client = clientBuilder().credentials(CREDENTIALS).throttle(true).build()) {
            VirtualTime.drive(clock, client.orders().cancelAsync("ord-1"));

            ThrottleStats stats = client.throttleStats();
            assertThat(stats.usageTier()).isEqualTo("basic");
            assertThat(stats.limitsFromServer()).isFalse();
            assertThat(stats.costsFromServer()).isFalse();
            assertThat(stats.write().capacityTokens()).isEqualTo(100);
            assertThat(stats.read().capacityTokens()).isEqualTo(400);
            // The documented cost of a V2 cancel.
            assertThat(stats.write().tokensTotal()).isEqualTo(2);
        }
    }

    @Test
    void withoutCredentialsOnlyThePublicCostTableIsRead() {
        stubAccountTables();
        server.stubFor(get(urlPathEqualTo(api("/exchange/status"))).willReturn(okJson(Samples.EXCHANGE_STATUS)));
        try (KalshiClient client = clientBuilder().throttle(true).build()) {
            VirtualTime.drive(clock, client.exchange().statusAsync());

            assertThat(client.throttleStats().usageTier()).isEqualTo("basic");
            assertThat(client.throttleStats().costsFromServer()).isTrue();
        }
        server.verify(0, getRequestedFor(urlPathEqualTo(api("/account/limits"))));
    }
}
