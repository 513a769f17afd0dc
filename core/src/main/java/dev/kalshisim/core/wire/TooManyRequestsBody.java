package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of a rate-limited (429) response, which the docs give as a bare string:
 * {@code {"error":"too many requests"}} (the OpenAPI instead says {@code ErrorResponse}; we follow the docs).
 */
public record TooManyRequestsBody(
        @JsonProperty("error") String error) {

    /** The text Kalshi sends. */
    public static final String MESSAGE = "too many requests";
    /** The body, ready to send. */
    public static final TooManyRequestsBody INSTANCE = new TooManyRequestsBody(MESSAGE);
    /** The body as JSON text. */
    public static final String JSON = "{\"error\":\"too many requests\"}";
}
