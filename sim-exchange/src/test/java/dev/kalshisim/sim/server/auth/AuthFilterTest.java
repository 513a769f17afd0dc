package dev.kalshisim.sim.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.auth.RequestSigner;
import dev.kalshisim.core.auth.TestKeys;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Caller;
import dev.kalshisim.sim.server.http.QueryParams;
import dev.kalshisim.sim.server.http.RouteRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The signature check, and the cache that lets a repeated signature skip RSA without changing an answer. */
class AuthFilterTest {

    private static final long START_MILLIS = 1_780_000_000_000L;
    private static final String BALANCE = "/trade-api/v2/portfolio/balance";
    private static final String POSITIONS = "/trade-api/v2/portfolio/positions";

    private final VirtualClock clock = VirtualClock.atMillis(START_MILLIS);
    private final ApiKeyRegistry keys = new ApiKeyRegistry();
    private final VerifiedSignatures verified = new VerifiedSignatures(VerifiedSignatures.DEFAULT_SLOTS);
    private final AuthFilter auth = new AuthFilter(keys, clock, Duration.ofSeconds(30), verified);
    private final RequestSigner signer = new RequestSigner(TestKeys.FIRST.getPrivate(), TestKeys.seeded(7));

    @BeforeEach
    void registerKey() {
        keys.register("key-1", "member-1", TestKeys.FIRST.getPublic());
    }

    @Test
    void aReplayedValidSignatureIsAcceptedWithinTheWindowAndServedFromTheCache() {
        String signature = signer.sign(START_MILLIS, "GET", BALANCE);
        RouteRequest request = request("key-1", START_MILLIS, signature, BALANCE);

        assertThat(auth.authenticate(request)).isEqualTo(new Caller("key-1", "member-1"));
        assertThat(verified.contains(keys.find("key-1").orElseThrow(), START_MILLIS, "GET", BALANCE, signature)).isTrue();

        clock.advanceByMillis(29_000);
        assertThat(auth.authenticate(request("key-1", START_MILLIS, signature, BALANCE)))
                .isEqualTo(new Caller("key-1", "member-1"));
    }

    @Test
    void aTamperedSignatureIsRefusedWhileTheValidOneForThePathIsCached() {
        String signature = signer.sign(START_MILLIS, "GET", BALANCE);
        auth.authenticate(request("key-1", START_MILLIS, signature, BALANCE));

        String tampered = flipOneCharacter(signature);
        assertUnauthorized(request("key-1", START_MILLIS, tampered, BALANCE), "invalid signature");
        // And the valid one still passes: the failure did not evict or poison anything.
        assertThat(auth.authenticate(request("key-1", START_MILLIS, signature, BALANCE)).memberId()).isEqualTo("member-1");
    }

    @Test
    void aCachedSignatureDoesNotPassForAnotherTimestampPathMethodOrKey() {
        String signature = signer.sign(START_MILLIS, "GET", BALANCE);
        auth.authenticate(request("key-1", START_MILLIS, signature, BALANCE));
        keys.register("key-2", "member-2", TestKeys.SECOND.getPublic());

        assertUnauthorized(request("key-1", START_MILLIS + 1, signature, BALANCE), "invalid signature");
        assertUnauthorized(request("key-1", START_MILLIS, signature, POSITIONS), "invalid signature");
        assertUnauthorized(new RouteRequest("DELETE", BALANCE, QueryParams.EMPTY, new byte[0],
                headers("key-1", START_MILLIS, signature), "127.0.0.1"), "invalid signature");
        assertUnauthorized(request("key-2", START_MILLIS, signature, BALANCE), "invalid signature");
    }

    @Test
    void anExpiredTimestampIsRefusedEvenThoughItsSignatureIsCached() {
        String signature = signer.sign(START_MILLIS, "GET", BALANCE);
        auth.authenticate(request("key-1", START_MILLIS, signature, BALANCE));

        clock.advanceByMillis(30_001);
        assertUnauthorized(request("key-1", START_MILLIS, signature, BALANCE), "outside the allowed window");
    }

    @Test
    void aKeyRegisteredAgainAfterAResetIsVerifiedAgainstItsNewPublicKey() {
        String signature = signer.sign(START_MILLIS, "GET", BALANCE);
        auth.authenticate(request("key-1", START_MILLIS, signature, BALANCE));

        keys.clear();
        keys.register("key-1", "member-1", TestKeys.SECOND.getPublic());
        assertUnauthorized(request("key-1", START_MILLIS, signature, BALANCE), "invalid signature");
    }

    @Test
    void aSignatureRefusedOnceIsRefusedAgain() {
        String forged = flipOneCharacter(signer.sign(START_MILLIS, "GET", BALANCE));
        assertUnauthorized(request("key-1", START_MILLIS, forged, BALANCE), "invalid signature");
        assertUnauthorized(request("key-1", START_MILLIS, forged, BALANCE), "invalid signature");
    }

    @Test
    void aSlotHoldsTheNewestEntryAndTheCacheStaysBounded() {
        VerifiedSignatures one = new VerifiedSignatures(1);
        ApiKeyRegistry.ApiKey key = keys.find("key-1").orElseThrow();
        one.add(key, 1, "GET", BALANCE, "first");
        one.add(key, 2, "GET", BALANCE, "second");
        assertThat(one.contains(key, 2, "GET", BALANCE, "second")).isTrue();
        assertThat(one.contains(key, 1, "GET", BALANCE, "first")).isFalse();
        assertThatThrownBy(() -> new VerifiedSignatures(3)).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertUnauthorized(RouteRequest request, String message) {
        assertThatThrownBy(() -> auth.authenticate(request))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(401))
                .hasMessageContaining(message);
    }

    private static RouteRequest request(String keyId, long timestampMillis, String signature, String path) {
        return new RouteRequest("GET", path, QueryParams.EMPTY, new byte[0], headers(keyId, timestampMillis, signature),
                "127.0.0.1");
    }

    private static Map<String, String> headers(String keyId, long timestampMillis, String signature) {
        return Map.of(AuthFilter.KEY_HEADER, keyId, AuthFilter.TIMESTAMP_HEADER, Long.toString(timestampMillis),
                AuthFilter.SIGNATURE_HEADER, signature);
    }

    /** The same signature with one base64 character changed: still well-formed, no longer valid. */
    private static String flipOneCharacter(String signature) {
        int at = signature.length() / 2;
        char replacement = signature.charAt(at) == 'A' ? 'B' : 'A';
        return signature.substring(0, at) + replacement + signature.substring(at + 1);
    }
}
