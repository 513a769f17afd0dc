package dev.kalshisim.sim.server.auth;

import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Caller;
import dev.kalshisim.sim.server.http.RouteRequest;
import java.time.Duration;

/**
 * Verifies Kalshi's request signature: the three {@code KALSHI-ACCESS-*} headers, a timestamp
 * within the window of the server's clock, a known key, and an RSA-PSS signature over
 * {@code timestamp + METHOD + path} (path from the host root, prefix included, query excluded).
 *
 * <p>A signature already found valid is not verified again when a request repeats it exactly
 * (same key, timestamp, method, path and signature; {@link VerifiedSignatures} says why that
 * changes no answer).
 *
 * <p>Every failure is the same 401 {@code unauthorized}, with a message saying which check failed
 * so a bot's author can fix it (production's wording is unknown). Thread-safe.
 */
public final class AuthFilter {

    public static final String KEY_HEADER = "KALSHI-ACCESS-KEY";
    public static final String TIMESTAMP_HEADER = "KALSHI-ACCESS-TIMESTAMP";
    public static final String SIGNATURE_HEADER = "KALSHI-ACCESS-SIGNATURE";

    private final ApiKeyRegistry keys;
    private final Clock clock;
    private final long windowMillis;
    private final VerifiedSignatures verified;

    /**
     * @param window how far the signed timestamp may be from the server's clock, either way
     */
    public AuthFilter(ApiKeyRegistry keys, Clock clock, Duration window) {
        this(keys, clock, window, new VerifiedSignatures(VerifiedSignatures.DEFAULT_SLOTS));
    }

    /** With the cache of verified signatures given, so a test can look into it. */
    AuthFilter(ApiKeyRegistry keys, Clock clock, Duration window, VerifiedSignatures verified) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("auth window must not be negative: " + window);
        }
        this.keys = keys;
        this.clock = clock;
        this.windowMillis = window.toMillis();
        this.verified = verified;
    }

    /** Whether the request carries any of the three auth headers. */
    public static boolean hasCredentials(RouteRequest request) {
        return request.header(KEY_HEADER) != null || request.header(TIMESTAMP_HEADER) != null
                || request.header(SIGNATURE_HEADER) != null;
    }

    /**
     * The caller who signed {@code request}.
     *
     * @throws ApiException 401 {@code unauthorized} naming the failed check
     */
    public Caller authenticate(RouteRequest request) {
        String keyId = required(request, KEY_HEADER);
        String timestampText = required(request, TIMESTAMP_HEADER);
        String signature = required(request, SIGNATURE_HEADER);
        long timestampMillis;
        try {
            timestampMillis = Long.parseLong(timestampText.trim());
        } catch (NumberFormatException notMillis) {
            throw ApiException.unauthorized(TIMESTAMP_HEADER + " must be Unix time in milliseconds");
        }
        long skewMillis = Math.abs(clock.nowMillis() - timestampMillis);
        if (timestampMillis < 0 || skewMillis > windowMillis) {
            throw ApiException.unauthorized("request timestamp is outside the allowed window of "
                    + windowMillis + " ms");
        }
        ApiKeyRegistry.ApiKey key = keys.find(keyId)
                .orElseThrow(() -> ApiException.unauthorized("unknown API key"));
        // Checked after the window, so a cached signature whose timestamp has aged out is refused above.
        if (!verified.contains(key, timestampMillis, request.method(), request.path(), signature)) {
            if (!key.verifier().verify(timestampMillis, request.method(), request.path(), signature)) {
                throw ApiException.unauthorized("invalid signature");
            }
            verified.add(key, timestampMillis, request.method(), request.path(), signature);
        }
        return new Caller(key.apiKeyId(), key.memberId());
    }

    private static String required(RouteRequest request, String header) {
        String value = request.header(header);
        if (value == null || value.isBlank()) {
            throw ApiException.unauthorized("missing header " + header);
        }
        return value;
    }
}
