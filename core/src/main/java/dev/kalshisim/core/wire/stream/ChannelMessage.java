package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A message on a subscription: the envelope {@code {"type","sid","seq"?,"msg"}} around a payload.
 *
 * <p>{@code seq} is present on sequenced channels ({@code orderbook_delta},
 * {@code order_group_updates}): it counts up by one per message of the subscription, so a jump means
 * a lost message.
 *
 * @param type the wire type; must be one {@link MessageTypes} maps to the payload's class
 * @param sid the subscription that produced the message
 * @param seq the subscription's sequence number, or {@code null} on unsequenced channels
 * @param msg the payload
 * @param <P> the payload type
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"type", "sid", "seq", "msg"})
public record ChannelMessage<P extends ChannelPayload>(
        @JsonProperty("type") String type,
        @JsonProperty("sid") long sid,
        @JsonProperty("seq") Long seq,
        @JsonProperty("msg") P msg) implements StreamMessage {

    public ChannelMessage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(msg, "msg");
        if (MessageTypes.payloadClass(type) != msg.getClass()) {
            throw new IllegalArgumentException("a " + msg.getClass().getSimpleName()
                    + " cannot be sent as type \"" + type + "\"");
        }
    }

    /** A message of the payload's default type on sequenced subscription {@code sid}. */
    public static <P extends ChannelPayload> ChannelMessage<P> sequenced(long sid, long seq, P msg) {
        return new ChannelMessage<>(MessageTypes.defaultType(msg.getClass()), sid, seq, msg);
    }

    /** A message of the payload's default type on an unsequenced subscription {@code sid}. */
    public static <P extends ChannelPayload> ChannelMessage<P> unsequenced(long sid, P msg) {
        return new ChannelMessage<>(MessageTypes.defaultType(msg.getClass()), sid, null, msg);
    }

    /** This message cast to payload type {@code payloadClass}, or {@code null} if it carries another. */
    @SuppressWarnings("unchecked")
    public <Q extends ChannelPayload> ChannelMessage<Q> as(Class<Q> payloadClass) {
        return payloadClass.isInstance(msg) ? (ChannelMessage<Q>) this : null;
    }
}
