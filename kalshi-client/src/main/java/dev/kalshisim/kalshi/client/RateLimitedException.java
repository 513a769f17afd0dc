package dev.kalshisim.kalshi.client;

import java.util.OptionalLong;

/**
 * HTTP 429: the account's token bucket could not cover the request. Nothing was applied.
 *
 * <p>Kalshi sends no {@code Retry-After}; when a server does (the simulator can be told to), the
 * wait is carried here. The client's retry stage waits for it, or for its own bucket, by itself.
 */
public class RateLimitedException extends KalshiApiException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterNanos;

    /**
     * @param retryAfterNanos the server's {@code Retry-After} in nanoseconds, or -1 when it sent none
     */
    public RateLimitedException(String code, String errorMessage, String details, String method, String path,
            long retryAfterNanos) {
        super(429, code, errorMessage, details, method, path);
        this.retryAfterNanos = retryAfterNanos;
    }

    /** How long the server asked us to wait, when it said. */
    public OptionalLong retryAfterNanos() {
        return retryAfterNanos < 0 ? OptionalLong.empty() : OptionalLong.of(retryAfterNanos);
    }
}
