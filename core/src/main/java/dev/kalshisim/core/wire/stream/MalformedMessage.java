package dev.kalshisim.core.wire.stream;

import java.util.Objects;

/**
 * A server message that could not be read: not JSON, or a known type whose fields do not fit.
 *
 * <p>Returned rather than thrown so that one bad frame never stops a stream; {@code sid} and
 * {@code seq} are kept when the envelope was readable, because a malformed message on a sequenced
 * subscription still used up a sequence number and its data is lost.
 *
 * @param rawText the text as received
 * @param type the envelope's type if it could be read, else {@code ""}
 * @param sid the envelope's subscription id if it could be read, else {@code null}
 * @param seq the envelope's sequence number if it could be read, else {@code null}
 * @param error why it could not be read
 */
public record MalformedMessage(String rawText, String type, Long sid, Long seq, String error)
        implements StreamMessage {

    public MalformedMessage {
        Objects.requireNonNull(rawText, "rawText");
        type = type == null ? "" : type;
        Objects.requireNonNull(error, "error");
    }
}
