package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The body of an {@code error} reply.
 *
 * @param code the numeric code (see {@link StreamErrorCode}); kept as a number so unknown codes survive
 * @param msg Kalshi's human-readable message
 * @param marketId the market's UUID when the error is about one market, else {@code null}
 * @param marketTicker the market's ticker when the error is about one market, else {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"code", "msg", "market_id", "market_ticker"})
public record ErrorDetail(
        @JsonProperty("code") int code,
        @JsonProperty("msg") String msg,
        @JsonProperty("market_id") String marketId,
        @JsonProperty("market_ticker") String marketTicker) {

    /** The code as a constant ({@link StreamErrorCode#UNKNOWN} for numbers this version does not list). */
    public StreamErrorCode errorCode() {
        return StreamErrorCode.fromCode(code);
    }
}
