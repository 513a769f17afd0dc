package dev.kalshisim.data.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Finds the Kalshi frame on one line of a capture, in the wrappings published captures use:
 *
 * <ul>
 *   <li>a bare frame: an object with a string {@code type} at its top ({@code {"type":"orderbook_delta","sid":1,...}});
 *   <li>a wrapper object holding the frame as an object or as a string of its exact text under one of
 *       {@link #FRAME_FIELDS}, with an optional receive time beside it under one of {@link #TIME_FIELDS}
 *       ({@code {"recv_ts_ns":..., "raw":"{...}"}}, {@code {"received_ms":..., "frame":{...}}},
 *       {@code {"ts":"2026-...Z","msg":{...}}}).
 * </ul>
 *
 * <p>An object frame's text is cut from the line itself (the parser's character offsets), so what
 * is written is the frame's bytes as published, never a re-serialisation.
 */
final class WsLineReader {

    /** Where wrappers put the frame, in the order they are looked for. */
    static final List<String> FRAME_FIELDS = List.of("frame", "raw", "msg", "message", "data", "payload", "text");

    /** Where wrappers put the receive time, in the order they are looked for. */
    static final List<String> TIME_FIELDS = List.of("recv_ns", "recv_ts_ns", "received_ns", "recv_ts", "received_ms",
            "recv_ms", "received_at", "receive_time", "recv_time", "received", "ts", "timestamp", "time");

    private static final JsonFactory JSON = new JsonFactory();

    private WsLineReader() {
    }

    /**
     * The frame on {@code line} (already trimmed, not blank).
     *
     * @throws IllegalArgumentException saying what is wrong with the line
     */
    static WsFrame read(String line) {
        Fields fields = topFields(line);
        if (fields.type != null) {
            return new WsFrame(line, null, "bare");
        }
        for (String name : FRAME_FIELDS) {
            Field frame = fields.get(name);
            if (frame == null) {
                continue;
            }
            String text = frame.objectText != null ? frame.objectText : innerText(frame.scalar);
            if (text == null) {
                continue;
            }
            Field time = null;
            for (String timeName : TIME_FIELDS) {
                Field candidate = fields.get(timeName);
                if (candidate != null && candidate.scalar != null) {
                    time = candidate;
                    break;
                }
            }
            Long recv = time == null ? null : parseTime(time);
            String wrapping = "{" + (time == null ? "" : time.name + ", ") + frame.name
                    + (frame.objectText != null ? "" : " as text") + "}";
            return new WsFrame(text, recv, wrapping);
        }
        throw new IllegalArgumentException("neither a Kalshi frame (no \"type\") nor a wrapper holding one under "
                + String.join("/", FRAME_FIELDS));
    }

    private static Long parseTime(Field time) {
        try {
            return time.number != null ? CaptureTime.fromNumber(time.number, time.name)
                    : CaptureTime.parse(time.scalar, time.name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("receive time \"" + time.name + "\": " + e.getMessage());
        }
    }

    /** A frame held as a string: its text without the trailing newline some captures keep, if it is an object. */
    private static String innerText(String scalar) {
        if (scalar == null) {
            return null;
        }
        String text = scalar.strip();
        if (text.isEmpty() || text.charAt(0) != '{' || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return null;
        }
        try {
            Fields inner = topFields(text);
            return inner.type != null ? text : null;
        } catch (IllegalArgumentException notJson) {
            return null;
        }
    }

    /** The line's top-level fields: scalars as text, objects as their exact text. */
    private static Fields topFields(String line) {
        Fields fields = new Fields();
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                Field field = new Field(name.toLowerCase(Locale.ROOT));
                if (value == JsonToken.START_OBJECT) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    int end = (int) parser.currentLocation().getCharOffset();
                    field.objectText = line.substring(start, end);
                } else if (value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                } else if (value.isNumeric()) {
                    field.number = parser.getDecimalValue();
                    field.scalar = parser.getText();
                } else if (value == JsonToken.VALUE_STRING) {
                    field.scalar = parser.getText();
                    if (name.equals("type")) {
                        fields.type = field.scalar;
                    }
                }
                fields.add(field);
            }
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("text after the JSON object");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + shortMessage(e));
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage());
        }
        return fields;
    }

    /** Jackson's message without its source location, on one line. */
    static String shortMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage().lines().findFirst().orElse("");
        int location = message.indexOf(" (start marker at");
        return location < 0 ? message : message.substring(0, location);
    }

    private static final class Field {
        final String name;
        String objectText;
        String scalar;
        BigDecimal number;

        Field(String name) {
            this.name = name;
        }
    }

    private static final class Fields {
        private final java.util.Map<String, Field> byName = new java.util.LinkedHashMap<>();
        String type;

        void add(Field field) {
            byName.putIfAbsent(field.name, field);
        }

        Field get(String name) {
            return byName.get(name);
        }
    }
}
