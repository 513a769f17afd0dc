package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Reply {@code subscribed}: one per channel of a {@code subscribe} command.
 * Wire: {@code {"id":1,"type":"subscribed","msg":{"channel":"orderbook_delta","sid":1}}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "type", "msg"})
public record Subscribed(@JsonProperty("id") Long id, @JsonProperty("msg") SubscriptionInfo msg) implements Reply {

    /** The wire {@code type}. */
    public static final String TYPE = "subscribed";

    public Subscribed {
        Objects.requireNonNull(msg, "msg");
    }

    /** The reply to command {@code id} for {@code channel}, now subscription {@code sid}. */
    public static Subscribed of(long id, String channel, long sid) {
        return new Subscribed(Ids.orNull(id), new SubscriptionInfo(channel, sid));
    }

    @JsonProperty("type")
    @Override
    public String type() {
        return TYPE;
    }
}
