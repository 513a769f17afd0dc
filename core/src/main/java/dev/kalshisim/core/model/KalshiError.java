package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An error as Kalshi describes it (its {@code ErrorResponse} schema): a machine code, a message for
 * people and optional details. Also the per-item {@code error} of batch results.
 *
 * @param code lower-case snake code such as "order_already_exists"; clients branch on this
 * @param message human-readable message
 * @param details extra detail, if any
 */
public record KalshiError(
        @JsonProperty("code") String code,
        @JsonProperty("message") String message,
        @JsonProperty("details") String details) {

    /** An error with {@code code} and {@code message} and no details. */
    public static KalshiError of(ErrorCode code, String message) {
        return new KalshiError(code.wire(), message, null);
    }

    /** An error with all three parts. */
    public static KalshiError of(ErrorCode code, String message, String details) {
        return new KalshiError(code.wire(), message, details);
    }
}
