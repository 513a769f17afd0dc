package dev.kalshisim.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.time.VirtualClock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KalshiAuthHeadersTest {

    private static final String KEY_ID = "a952bcbe-ec3b-4b5b-b8f9-11dae589608c";

    private final VirtualClock clock = VirtualClock.atMillis(1_703_123_456_789L);
    private final RequestSigner signer = new RequestSigner(TestKeys.FIRST.getPrivate(), TestKeys.seeded(5));

    @Test
    void headersCarryKeyClockMillisAndAVerifyingSignature() {
        KalshiAuthHeaders headers = KalshiAuthHeaders.sign(KEY_ID, signer, clock, "get", "/trade-api/v2/portfolio/orders?limit=5");

        assertThat(headers.accessKey()).isEqualTo(KEY_ID);
        assertThat(headers.timestampMillis()).isEqualTo(1_703_123_456_789L);
        assertThat(new SignatureVerifier(TestKeys.FIRST.getPublic())
                .verify(1_703_123_456_789L, "GET", "/trade-api/v2/portfolio/orders", headers.signature())).isTrue();
    }

    @Test
    void mapHasTheThreeKalshiHeadersInOrder() {
        Map<String, String> map = KalshiAuthHeaders.sign(KEY_ID, signer, clock, "GET", "/trade-api/v2/portfolio/balance").asMap();

        assertThat(map.keySet()).containsExactly("KALSHI-ACCESS-KEY", "KALSHI-ACCESS-TIMESTAMP", "KALSHI-ACCESS-SIGNATURE");
        assertThat(map).containsEntry(KalshiAuthHeaders.ACCESS_KEY, KEY_ID)
                .containsEntry(KalshiAuthHeaders.ACCESS_TIMESTAMP, "1703123456789");
        assertThatThrownBy(() -> map.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void timestampFollowsTheClock() {
        clock.advanceByMillis(1_500);

        assertThat(KalshiAuthHeaders.sign(KEY_ID, signer, clock, "GET", "/trade-api/v2/portfolio/balance").timestampMillis())
                .isEqualTo(1_703_123_458_289L);
    }

    @Test
    void credentialsSignWithTheirKeyId() {
        Credentials credentials = new Credentials(KEY_ID, TestKeys.FIRST.getPrivate());

        assertThat(KalshiAuthHeaders.sign(credentials, clock, "GET", "/trade-api/ws/v2").asMap())
                .containsEntry(KalshiAuthHeaders.ACCESS_KEY, KEY_ID);
    }

    @Test
    void blankKeyIdIsRejected() {
        assertThatThrownBy(() -> KalshiAuthHeaders.sign(" ", signer, clock, "GET", "/trade-api/v2/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accessKey");
    }
}
