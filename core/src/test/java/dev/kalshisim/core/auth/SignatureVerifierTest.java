package dev.kalshisim.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignatureVerifierTest {

    private static final long TIMESTAMP = 1_703_123_456_789L;
    private static final String PATH = "/trade-api/v2/portfolio/balance";

    private final SignatureVerifier verifier = new SignatureVerifier(TestKeys.FIRST.getPublic());
    private final String good = new RequestSigner(TestKeys.FIRST.getPrivate(), TestKeys.seeded(7)).sign(TIMESTAMP, "GET", PATH);

    @Test
    void malformedBase64IsFalseNotAnException() {
        assertThat(verifier.verify(TIMESTAMP, "GET", PATH, "not base64 at all!")).isFalse();
        assertThat(verifier.verify(TIMESTAMP, "GET", PATH, good.substring(1))).isFalse();
        assertThat(verifier.verify(TIMESTAMP, "GET", PATH, good.replace('+', '-'))).isFalse();
    }

    @Test
    void wellFormedButWrongLengthSignatureIsFalse() {
        assertThat(verifier.verify(TIMESTAMP, "GET", PATH, "AAAA")).isFalse();
        assertThat(verifier.verify(TIMESTAMP, "GET", PATH, Base64.getEncoder().encodeToString(new byte[512]))).isFalse();
        assertThat(verifier.verify(TIMESTAMP, "GET", PATH, "")).isFalse();
    }

    @Test
    void missingValuesAreFalse() {
        assertThat(verifier.verify(TIMESTAMP, null, PATH, good)).isFalse();
        assertThat(verifier.verify(TIMESTAMP, "GET", null, good)).isFalse();
        assertThat(verifier.verify(TIMESTAMP, "GET", PATH, null)).isFalse();
        assertThat(verifier.verify(TIMESTAMP, "", PATH, good)).isFalse();
    }

    @Test
    void tamperedSignatureIsFalse() {
        byte[] bytes = Base64.getDecoder().decode(good);
        bytes[100] ^= 1;

        assertThat(verifier.verify(TIMESTAMP, "GET", PATH, Base64.getEncoder().encodeToString(bytes))).isFalse();
        assertThat(verifier.verify(TIMESTAMP, "GET", PATH, good)).isTrue();
    }

    @Test
    void nonRsaKeyIsAProgrammerError() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256, TestKeys.seeded(3));
        var ecKey = generator.generateKeyPair().getPublic();

        assertThatThrownBy(() -> new SignatureVerifier(ecKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("algorithm EC");
    }
}
