package dev.kalshisim.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RequestSignerTest {

    private static final long TIMESTAMP = 1_703_123_456_789L;
    private static final String BALANCE = "/trade-api/v2/portfolio/balance";

    private final RequestSigner signer = new RequestSigner(TestKeys.FIRST.getPrivate(), TestKeys.seeded(10));
    private final SignatureVerifier verifier = new SignatureVerifier(TestKeys.FIRST.getPublic());

    @Test
    void signatureVerifiesWithTheMatchingPublicKey() {
        String signature = signer.sign(TIMESTAMP, "GET", BALANCE);

        assertThat(verifier.verify(TIMESTAMP, "GET", BALANCE, signature)).isTrue();
    }

    @Test
    void signatureFailsWithAnotherKey() {
        String signature = signer.sign(TIMESTAMP, "GET", BALANCE);

        assertThat(new SignatureVerifier(TestKeys.SECOND.getPublic()).verify(TIMESTAMP, "GET", BALANCE, signature)).isFalse();
    }

    @Test
    void signatureFailsForAnotherPathMethodOrTimestamp() {
        String signature = signer.sign(TIMESTAMP, "GET", BALANCE);

        assertThat(verifier.verify(TIMESTAMP, "GET", "/trade-api/v2/portfolio/positions", signature)).isFalse();
        assertThat(verifier.verify(TIMESTAMP, "POST", BALANCE, signature)).isFalse();
        assertThat(verifier.verify(TIMESTAMP + 1, "GET", BALANCE, signature)).isFalse();
        assertThat(verifier.verify(TIMESTAMP, "GET", "/portfolio/balance", signature)).isFalse();
    }

    @Test
    void queryStringIsNotSigned() {
        String withQuery = signer.sign(TIMESTAMP, "GET", "/trade-api/v2/portfolio/orders?limit=5&status=resting");

        assertThat(verifier.verify(TIMESTAMP, "GET", "/trade-api/v2/portfolio/orders", withQuery)).isTrue();
        assertThat(verifier.verify(TIMESTAMP, "GET", "/trade-api/v2/portfolio/orders?cursor=abc", withQuery)).isTrue();
    }

    @Test
    void methodIsUpperCasedBeforeSigning() {
        String signature = signer.sign(TIMESTAMP, "delete", "/trade-api/v2/portfolio/events/orders/abc");

        assertThat(verifier.verify(TIMESTAMP, "DELETE", "/trade-api/v2/portfolio/events/orders/abc", signature)).isTrue();
    }

    @Test
    void signedMessageIsExactlyTimestampMethodAndPath() throws Exception {
        String signature = signer.sign(TIMESTAMP, "GET", BALANCE);

        assertThat(rawVerify(TestKeys.FIRST.getPublic(), "1703123456789GET/trade-api/v2/portfolio/balance", signature, 32)).isTrue();
        assertThat(rawVerify(TestKeys.FIRST.getPublic(), "1703123456789 GET /trade-api/v2/portfolio/balance", signature, 32)).isFalse();
    }

    @Test
    void signedMessageOfAPathWithQueryIsThePathAlone() throws Exception {
        String signature = signer.sign(TIMESTAMP, "GET", "/trade-api/v2/portfolio/orders?limit=5");

        assertThat(rawVerify(TestKeys.FIRST.getPublic(), "1703123456789GET/trade-api/v2/portfolio/orders", signature, 32)).isTrue();
    }

    @Test
    void saltIsThirtyTwoBytes() throws Exception {
        String signature = signer.sign(TIMESTAMP, "GET", BALANCE);

        assertThat(rawVerify(TestKeys.FIRST.getPublic(), "1703123456789GET/trade-api/v2/portfolio/balance", signature, 20)).isFalse();
    }

    @Test
    void signatureIsStandardBase64WithPadding() {
        String signature = signer.sign(TIMESTAMP, "GET", BALANCE);

        // 2048-bit RSA gives 256 bytes, which standard base64 writes as 344 characters ending in "==".
        assertThat(signature).hasSize(344).matches("[A-Za-z0-9+/]+==").doesNotContain("-", "_");
    }

    @Test
    void seededSaltGivesRepeatableSignatures() {
        RequestSigner first = new RequestSigner(TestKeys.FIRST.getPrivate(), TestKeys.seeded(42));
        RequestSigner second = new RequestSigner(TestKeys.FIRST.getPrivate(), TestKeys.seeded(42));

        assertThat(first.sign(TIMESTAMP, "GET", BALANCE)).isEqualTo(second.sign(TIMESTAMP, "GET", BALANCE));
    }

    @Test
    void signersMayBeSharedAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                long timestamp = TIMESTAMP + i;
                String path = "/trade-api/v2/markets/T-" + i;
                results.add(pool.submit(() -> verifier.verify(timestamp, "GET", path, signer.sign(timestamp, "GET", path))));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badArgumentsAreRejectedWithTheirName() {
        assertThatThrownBy(() -> signer.sign(-1, "GET", BALANCE)).hasMessageContaining("timestampMillis");
        assertThatThrownBy(() -> signer.sign(TIMESTAMP, "", BALANCE)).hasMessageContaining("method");
        assertThatThrownBy(() -> signer.sign(TIMESTAMP, "GET", null)).hasMessageContaining("path");
        assertThatThrownBy(() -> new RequestSigner(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean rawVerify(PublicKey key, String message, String signatureBase64, int saltLength) throws Exception {
        Signature signature = Signature.getInstance("RSASSA-PSS");
        signature.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, saltLength, 1));
        signature.initVerify(key);
        signature.update(message.getBytes(StandardCharsets.UTF_8));
        return signature.verify(Base64.getDecoder().decode(signatureBase64));
    }
}
