package dev.kalshisim.kalshi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.auth.KalshiAuthHeaders;
import dev.kalshisim.core.auth.PemKeys;
import dev.kalshisim.core.auth.SignatureVerifier;
import dev.kalshisim.core.auth.TestKeys;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class RequestSigningIT extends WireMockFixture {

    private static final String KEY_ID = "a952bcbe-ec3b-4b5b-b8f9-11dae589608c";
    private static final KeyPair keys = TestKeys.FIRST;

    @Test
    void signsEveryRequestOverThePathWithoutTheQuery() throws Exception {
        server.stubFor(get(urlPathEqualTo(api("/portfolio/orders"))).willReturn(okJson(Samples.ordersPage(""))));
        server.stubFor(post(urlPathEqualTo(api("/portfolio/events/orders")))
                .willReturn(aResponse().withStatus(201).withBody(Samples.created("ord-1", "c-1"))));
        server.stubFor(delete(urlPathEqualTo(api("/portfolio/events/orders/ord-1")))
                .willReturn(okJson("{\"order_id\":\"ord-1\",\"reduced_by\":\"10.00\",\"ts_ms\":1}")));
        Credentials credentials = Credentials.fromPem(KEY_ID, PemKeys.writePrivateKeyPkcs1(keys.getPrivate()));
        try (KalshiClient client = clientBuilder().credentials(credentials).build()) {
            client.portfolio().ordersPage(OrdersQuery.all().ticker(Samples.TICKER).limit(5), "abc");
            client.orders().create(CreateOrderV2Request.gtc(Samples.TICKER, BookSide.BID, Count.ofContracts(1), Price.parse("0.50")));
            client.orders().cancel("ord-1", Samples.TICKER, null);
        }

        List<LoggedRequest> requests = server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
        assertThat(requests).extracting(request -> request.getMethod().getName()).containsExactlyInAnyOrder("GET", "POST", "DELETE");
        SignatureVerifier verifier = new SignatureVerifier(keys.getPublic());
        for (LoggedRequest request : requests) {
            String method = request.getMethod().getName();
            String path = URI.create(request.getUrl()).getRawPath();
            String timestamp = request.getHeader(KalshiAuthHeaders.ACCESS_TIMESTAMP);
            String signature = request.getHeader(KalshiAuthHeaders.ACCESS_SIGNATURE);

            assertThat(request.getHeader(KalshiAuthHeaders.ACCESS_KEY)).isEqualTo(KEY_ID);
            assertThat(timestamp).isEqualTo(Long.toString(clock.nowMillis()));
            assertThat(path).startsWith("/trade-api/v2/");
            assertThat(verifier.verify(Long.parseLong(timestamp), method, path, signature)).as("%s %s", method, path).isTrue();
            if (request.getUrl().contains("?")) {
                // Signed over the bare path: the same signature does not cover the path with its query.
                assertThat(rawPssVerify(timestamp + method + request.getUrl(), signature)).isFalse();
                assertThat(rawPssVerify(timestamp + method + path, signature)).isTrue();
            }
        }
        assertThat(requests.stream().filter(request -> request.getMethod().getName().equals("GET")).findFirst().orElseThrow().getUrl())
                .isEqualTo("/trade-api/v2/portfolio/orders?ticker=" + Samples.TICKER + "&limit=5&cursor=abc");
    }

    @Test
    void sendsNoAuthHeadersWithoutCredentials() {
        server.stubFor(get(urlPathEqualTo(api("/exchange/status"))).willReturn(okJson(Samples.EXCHANGE_STATUS)));
        try (KalshiClient client = clientBuilder().build()) {
            client.exchange().status();
        }

        LoggedRequest request = server.getAllServeEvents().get(0).getRequest();
        assertThat(request.containsHeader(KalshiAuthHeaders.ACCESS_KEY)).isFalse();
        assertThat(request.containsHeader(KalshiAuthHeaders.ACCESS_SIGNATURE)).isFalse();
    }

    @Test
    void credentialsNeverShowTheKey() {
        Credentials credentials = new Credentials(KEY_ID, keys.getPrivate());
        String privateExponent = ((java.security.interfaces.RSAPrivateKey) keys.getPrivate()).getPrivateExponent().toString(16);

        try (KalshiClient client = clientBuilder().credentials(credentials).build()) {
            assertThat(client.toString()).doesNotContain(privateExponent.substring(0, 16));
        }
        assertThat(credentials.toString()).contains("redacted").doesNotContain(privateExponent.substring(0, 16));
    }

    private static boolean rawPssVerify(String message, String signatureBase64) throws Exception {
        Signature signature = Signature.getInstance("RSASSA-PSS");
        signature.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        signature.initVerify(keys.getPublic());
        signature.update(message.getBytes(StandardCharsets.UTF_8));
        return signature.verify(Base64.getDecoder().decode(signatureBase64));
    }
}
