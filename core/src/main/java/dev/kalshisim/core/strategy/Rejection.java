package dev.kalshisim.core.strategy;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Why the venue refused a command, as data a strategy can act on: Kalshi's error code, the HTTP
 * status, and how long the venue asked to wait before trying again. Carried by {@link OrderUpdate}
 * next to its one-line {@link OrderUpdate#reason() reason}; absent when a command was refused
 * locally (a blackout window, a shutdown) or the venue gave no answer at all.
 *
 * @param code            Kalshi's error code, such as {@code insufficient_balance}, or null when the
 *                        venue sent none
 * @param httpStatus      the HTTP status of the answer, or {@link #NO_STATUS} for an item of a batch
 *                        answer, which has no status of its own
 * @param retryAfterNanos the wait the venue asked for (HTTP 429's {@code Retry-After}), when it did
 * @param message         the venue's message, or null
 */
public record Rejection(String code, int httpStatus, OptionalLong retryAfterNanos, String message) {

    /** The status of a rejection that came as one item of a batch answer. */
    public static final int NO_STATUS = 0;

    public Rejection {
        Objects.requireNonNull(retryAfterNanos, "retryAfterNanos (use OptionalLong.empty())");
        if (httpStatus != NO_STATUS && (httpStatus < 100 || httpStatus > 599)) {
            throw new IllegalArgumentException("not an HTTP status: " + httpStatus);
        }
    }

    /** A refusal without a retry-after. */
    public static Rejection of(String code, int httpStatus, String message) {
        return new Rejection(code, httpStatus, OptionalLong.empty(), message);
    }

    /** Whether the venue refused because the account sent too much, too fast (HTTP 429). */
    public boolean isRateLimited() {
        return httpStatus == 429;
    }
}
