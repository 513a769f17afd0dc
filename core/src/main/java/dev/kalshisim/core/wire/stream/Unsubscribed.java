package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Reply {@code unsubscribed}: one per subscription id of an {@code unsubscribe} command.
 * Wire: {@code {"id":2,"sid":2,"seq":7,"type":"unsubscribed"}}.
 *
 * @param sid the subscription that ended
 * @param seq the subscription's sequence number carried by this reply
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "sid", "seq", "type"})
public record Unsubscribed(
        @JsonProperty("id") Long id,
        @JsonProperty("sid") long sid,
        @JsonProperty("seq") long seq) implements Reply {

    /** The wire {@code type}. */
    public static final String TYPE = "unsubscribed";

    /** The reply to command {@code id} for subscription {@code sid}. */
    public static Unsubscribed of(long id, long sid, long seq) {
        return new Unsubscribed(Ids.orNull(id), sid, seq);
    }

    @JsonProperty("type")
    @Override
    public String type() {
        return TYPE;
    }
}
