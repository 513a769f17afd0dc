package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A well-formed server message of a type this version does not model (a new channel, RFQs, index
 * feeds). Kept whole so it can be logged, recorded or written back unchanged.
 *
 * @param raw the message as received
 */
public record UnknownMessage(@JsonValue JsonNode raw) implements StreamMessage {

    public UnknownMessage {
        Objects.requireNonNull(raw, "raw");
    }

    @Override
    public String type() {
        JsonNode type = raw.get("type");
        return type != null && type.isTextual() ? type.asText() : "";
    }
}
