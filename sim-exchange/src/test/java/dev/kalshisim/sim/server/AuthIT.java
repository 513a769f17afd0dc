package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** RSA-PSS request signatures: what is accepted, and the 401 for everything else. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AuthIT {

    private SimHarness sim;
    private SimMember member;

    @BeforeEach
    void start() {
        sim = new SimHarness();
        member = sim.member();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void signedRequestIsAccepted() {
        assertThat(member.get("/portfolio/balance").status()).isEqualTo(200);
    }

    @Test
    void queryStringIsNotSigned() {
        assertThat(member.get("/portfolio/orders?limit=5&status=resting").status()).isEqualTo(200);
    }

    @Test
    void missingHeadersAre401WithKalshiBody() {
        Reply reply = sim.raw("GET", "/trade-api/v2/portfolio/balance", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.errorCode()).isEqualTo("unauthorized");
        assertThat(reply.json().path("error").path("message").asText()).contains("KALSHI-ACCESS-KEY");
    }

    @Test
    void unknownKeyIs401() {
        HttpRequest signed = member.signed("GET", "/portfolio/balance", null, sim.nowMillis());
        HttpRequest wrongKey = HttpRequest.newBuilder(signed, (name, value) -> !name.equals("KALSHI-ACCESS-KEY"))
                .header("KALSHI-ACCESS-KEY", "00000000-0000-0000-0000-000000000000").build();

        Reply reply = sim.send(wrongKey);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.errorCode()).isEqualTo("unauthorized");
    }

    @Test
    void signatureForAnotherPathIs401() {
        HttpRequest signedForOrders = member.signed("GET", "/portfolio/orders", null, sim.nowMillis());
        HttpRequest replayed = HttpRequest.newBuilder(signedForOrders, (name, value) -> true)
                .uri(URI.create(sim.baseUrl() + "/trade-api/v2/portfolio/balance")).build();

        assertThat(sim.send(replayed).status()).isEqualTo(401);
    }

    @Test
    void signatureForAnotherMethodIs401() {
        HttpRequest signedAsGet = member.signed("GET", "/portfolio/events/orders", null, sim.nowMillis());
        HttpRequest asDelete = HttpRequest.newBuilder(signedAsGet, (name, value) -> true)
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build();

        assertThat(sim.send(asDelete).status()).isEqualTo(401);
    }

    @Test
    void staleTimestampIs401AndTheWindowIsThirtySeconds() {
        long now = sim.nowMillis();

        assertThat(sim.send(member.signed("GET", "/portfolio/balance", null, now - 30_001)).status()).isEqualTo(401);
        assertThat(sim.send(member.signed("GET", "/portfolio/balance", null, now + 30_001)).status()).isEqualTo(401);
        assertThat(sim.send(member.signed("GET", "/portfolio/balance", null, now - 30_000)).status()).isEqualTo(200);
        Reply stale = sim.send(member.signed("GET", "/portfolio/balance", null, now - 60_000));
        assertThat(stale.errorCode()).isEqualTo("unauthorized");
    }

    @Test
    void requestSignedBeforeTheClockMovedGoesStale() {
        HttpRequest signed = member.signed("GET", "/portfolio/balance", null, sim.nowMillis());
        sim.advanceMillis(31_000);

        assertThat(sim.send(signed).status()).isEqualTo(401);
    }

    @Test
    void garbledSignatureIs401() {
        HttpRequest signed = member.signed("GET", "/portfolio/balance", null, sim.nowMillis());
        HttpRequest garbled = HttpRequest.newBuilder(signed, (name, value) -> !name.equals("KALSHI-ACCESS-SIGNATURE"))
                .header("KALSHI-ACCESS-SIGNATURE", "bm90IGEgc2lnbmF0dXJl").build();

        assertThat(sim.send(garbled).status()).isEqualTo(401);
    }

    @Test
    void publicEndpointsNeedNoAuthAndAttributeValidSignatures() {
        sim.market("AUTH-1");
        for (String path : new String[] {"/exchange/status", "/exchange/schedule", "/markets", "/markets/AUTH-1",
                "/markets/AUTH-1/orderbook", "/markets/orderbooks?tickers=AUTH-1", "/markets/trades", "/events",
                "/events/AUTH-1-EV", "/series", "/series/SIM", "/account/endpoint_costs",
                "/series/SIM/markets/AUTH-1/candlesticks?start_ts=1788260000&end_ts=1788264000&period_interval=60"}) {
            assertThat(sim.raw("GET", "/trade-api/v2" + path, null).status()).as(path).isEqualTo(200);
        }

        member.get("/markets");

        var entries = sim.control("GET", "/journal?api_key_id=" + member.apiKeyId, null).json().get("entries");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("path").asText()).isEqualTo("/trade-api/v2/markets");
    }

    @Test
    void privateEndpointsRefuseUnsignedCalls() {
        for (String path : new String[] {"/portfolio/balance", "/portfolio/positions", "/portfolio/orders",
                "/portfolio/fills", "/portfolio/settlements", "/account/limits", "/exchange/user_data_timestamp"}) {
            assertThat(sim.raw("GET", "/trade-api/v2" + path, null).status()).as(path).isEqualTo(401);
        }
        assertThat(sim.raw("POST", "/trade-api/v2/portfolio/events/orders", "{}").status()).isEqualTo(401);
    }
}
