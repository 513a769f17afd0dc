package dev.kalshisim.core.auth;

import dev.kalshisim.core.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The three headers that authenticate one Kalshi request (REST, or the WebSocket upgrade).
 *
 * @param accessKey the API key id ({@code KALSHI-ACCESS-KEY}), a UUID
 * @param timestampMillis Unix epoch milliseconds ({@code KALSHI-ACCESS-TIMESTAMP}, sent as a decimal string)
 * @param signature base64 RSA-PSS signature ({@code KALSHI-ACCESS-SIGNATURE})
 */
public record KalshiAuthHeaders(String accessKey, long timestampMillis, String signature) {

    /** Header carrying the API key id. */
    public static final String ACCESS_KEY = "KALSHI-ACCESS-KEY";
    /** Header carrying the request time in Unix milliseconds. */
    public static final String ACCESS_TIMESTAMP = "KALSHI-ACCESS-TIMESTAMP";
    /** Header carrying the base64 signature of {@code timestamp + METHOD + path}. */
    public static final String ACCESS_SIGNATURE = "KALSHI-ACCESS-SIGNATURE";

    public KalshiAuthHeaders {
        if (accessKey == null || accessKey.isBlank()) {
            throw new IllegalArgumentException("accessKey must not be blank: " + accessKey);
        }
        if (timestampMillis < 0) {
            throw new IllegalArgumentException("timestampMillis must not be negative: " + timestampMillis);
        }
        if (signature == null || signature.isEmpty()) {
            throw new IllegalArgumentException("signature must not be empty");
        }
    }

    /**
     * Signs {@code method path} at the clock's current millisecond and returns the headers to send.
     *
     * @param path the path from the host root including {@code /trade-api/v2}; a query string is allowed and not signed
     */
    public static KalshiAuthHeaders sign(String keyId, RequestSigner signer, Clock clock, String method, String path) {
        long timestampMillis = clock.nowMillis();
        return new KalshiAuthHeaders(keyId, timestampMillis, signer.sign(timestampMillis, method, path));
    }

    /** Signs with the key id and private key of {@code credentials}. */
    public static KalshiAuthHeaders sign(Credentials credentials, Clock clock, String method, String path) {
        return sign(credentials.keyId(), credentials.signer(), clock, method, path);
    }

    /** The headers by name, in the order key, timestamp, signature; unmodifiable. */
    public Map<String, String> asMap() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ACCESS_KEY, accessKey);
        headers.put(ACCESS_TIMESTAMP, Long.toString(timestampMillis));
        headers.put(ACCESS_SIGNATURE, signature);
        return Collections.unmodifiableMap(headers);
    }
}
