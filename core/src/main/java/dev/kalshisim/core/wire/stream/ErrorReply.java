package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Reply {@code error}: a command failed, or (without an id) a subscription broke.
 * Wire: {@code {"id":5,"type":"error","msg":{"code":6,"msg":"Already subscribed"}}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "type", "msg"})
public record ErrorReply(@JsonProperty("id") Long id, @JsonProperty("msg") ErrorDetail msg) implements Reply {

    /** The wire {@code type}. */
    public static final String TYPE = "error";

    public ErrorReply {
        Objects.requireNonNull(msg, "msg");
    }

    /** The reply to command {@code id} with {@code code} and Kalshi's wording for it. */
    public static ErrorReply of(long id, StreamErrorCode code) {
        return new ErrorReply(Ids.orNull(id), new ErrorDetail(code.code(), code.text(), null, null));
    }

    /** The reply to command {@code id} with {@code code} about one market. */
    public static ErrorReply forMarket(long id, StreamErrorCode code, String marketTicker) {
        return new ErrorReply(Ids.orNull(id), new ErrorDetail(code.code(), code.text(), null, marketTicker));
    }

    /** Shorthand for {@code msg().errorCode()}. */
    public StreamErrorCode errorCode() {
        return msg.errorCode();
    }

    @JsonProperty("type")
    @Override
    public String type() {
        return TYPE;
    }
}
