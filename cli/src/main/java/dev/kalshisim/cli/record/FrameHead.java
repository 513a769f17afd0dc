package dev.kalshisim.cli.record;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The few top-level fields of a WebSocket frame the recorder acts on: {@code type}, {@code sid}
 * and {@code seq}. Read with a streaming parser that skips {@code msg} unread, so checking a frame
 * costs little next to writing it.
 *
 * @param type the frame's {@code type}, or {@code ""}
 * @param sid  its {@code sid}, or -1 when absent
 * @param seq  its {@code seq}, or -1 when absent
 */
record FrameHead(String type, long sid, long seq) {

    private static final JsonFactory JSON = new JsonFactory();
    private static final FrameHead UNREADABLE = new FrameHead("", -1, -1);

    /** Replies to commands; their {@code seq}, when they carry one, is not a channel message's. */
    boolean isReply() {
        return switch (type) {
            case "subscribed", "unsubscribed", "ok", "error" -> true;
            default -> false;
        };
    }

    boolean sequenced() {
        return sid >= 0 && seq >= 0;
    }

    /** The head of {@code text}; a frame that is not a JSON object reads as one without fields. */
    static FrameHead of(String text) {
        String type = "";
        long sid = -1;
        long seq = -1;
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return UNREADABLE;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "type" -> type = value == JsonToken.VALUE_STRING ? parser.getText() : type;
                    case "sid" -> sid = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : sid;
                    case "seq" -> seq = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : seq;
                    default -> parser.skipChildren();
                }
            }
        } catch (IOException e) {
            return new FrameHead(type, sid, seq);
        }
        return new FrameHead(type, sid, seq);
    }
}
