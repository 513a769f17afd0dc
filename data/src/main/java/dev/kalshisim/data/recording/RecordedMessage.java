package dev.kalshisim.data.recording;

import java.util.Objects;

/**
 * One line of a recording: a message exactly as received, with when and from where.
 *
 * @param recvNanos when it was received, in epoch nanoseconds on the recorder's clock
 * @param source    the WebSocket or REST
 * @param path      the REST path (with its query) for REST messages, {@code null} for WebSocket ones
 * @param rawJson   the message's JSON object, verbatim: its bytes are written and read back
 *                  unchanged, so fields Kalshi adds later survive and old generations stay readable
 */
public record RecordedMessage(long recvNanos, Source source, String path, String rawJson) {

    public RecordedMessage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rawJson, "rawJson");
        if (source == Source.REST && (path == null || path.isEmpty())) {
            throw new IllegalArgumentException("a REST message needs its path");
        }
        if (source == Source.WS && path != null) {
            throw new IllegalArgumentException("a WebSocket message has no path");
        }
    }

    /** A WebSocket frame received at {@code recvNanos}. */
    public static RecordedMessage ws(long recvNanos, String rawJson) {
        return new RecordedMessage(recvNanos, Source.WS, null, rawJson);
    }

    /** A REST response body from {@code path}, received at {@code recvNanos}. */
    public static RecordedMessage rest(long recvNanos, String path, String rawJson) {
        return new RecordedMessage(recvNanos, Source.REST, path, rawJson);
    }
}
