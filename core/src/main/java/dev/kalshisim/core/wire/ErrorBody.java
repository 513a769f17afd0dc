package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.ErrorCode;
import dev.kalshisim.core.model.KalshiError;

/** The body of an error response as Kalshi writes it: {@code {"error":{"code","message","details"}}}. */
public record ErrorBody(
        @JsonProperty("error") KalshiError error) {

    /** The body for {@code code} with {@code message}. */
    public static ErrorBody of(ErrorCode code, String message) {
        return new ErrorBody(code.error(message));
    }
}
