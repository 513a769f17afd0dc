package dev.kalshisim.data.recording;

import java.util.Locale;

/** Where a recorded message came from: Kalshi's WebSocket or one of its REST endpoints. */
public enum Source {
    WS,
    REST;

    /** The name written in a line's {@code src} field. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The source named {@code text} in a line, or {@code null} when it names none. */
    public static Source fromWire(String text) {
        for (Source source : values()) {
            if (source.wire().equals(text)) {
                return source;
            }
        }
        return null;
    }
}
