package dev.kalshisim.data.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The exchange time a Kalshi frame carries inside its {@code msg}, for captures that wrote no
 * receive time: {@code ts_ms} (epoch millis, today's deltas and trades), else {@code ts} (ISO text
 * in today's deltas, epoch seconds in legacy ticker and trade frames), else {@code created_time}.
 */
final class MessageTime {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MessageTime() {
    }

    /** Epoch nanos, or {@code null} when the frame carries no time (subscribed, ok, snapshots). */
    static Long of(String frameText) {
        JsonNode msg;
        try {
            msg = JSON.readTree(frameText).path("msg");
        } catch (IOException e) {
            throw new IllegalArgumentException("frame is not valid JSON");
        }
        JsonNode millis = msg.path("ts_ms");
        if (millis.isNumber()) {
            return CaptureTime.fromNumber(millis.decimalValue(), "ts_ms");
        }
        JsonNode ts = msg.path("ts");
        if (ts.isNumber()) {
            return CaptureTime.fromNumber(ts.decimalValue(), "ts");
        }
        if (ts.isTextual()) {
            return CaptureTime.parse(ts.asText(), "ts");
        }
        JsonNode created = msg.path("created_time");
        if (created.isTextual()) {
            return CaptureTime.parse(created.asText(), "created_time");
        }
        return null;
    }
}
