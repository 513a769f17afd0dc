package dev.kalshisim.cli.record;

import dev.kalshisim.core.time.Clock;
import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingWriter;
import dev.kalshisim.data.recording.Source;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one door into the {@link RecordingWriter}: stamps each message with its receive time under
 * the same lock that writes it, so WebSocket frames and REST answers arriving on different threads
 * still go in receive order, and flushes after every message, so a {@code kill -9} loses at most
 * the line being written. Counts what went in for the status line. Thread-safe.
 */
final class RecordingSink implements AutoCloseable {

    private final RecordingWriter writer;
    private final Clock clock;
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong gaps = new AtomicLong();
    private long lastStampNs;
    private boolean closed;

    RecordingSink(RecordingWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Writes {@code raw} as received now and returns its receive time; does nothing (and returns
     * the last stamp) once closed, so a late frame during shutdown is not an error.
     */
    synchronized long append(Source source, String path, String raw) {
        if (closed) {
            return lastStampNs;
        }
        long stamp = stamp();
        String line = oneLine(raw);
        writer.write(source == Source.WS ? RecordedMessage.ws(stamp, line) : RecordedMessage.rest(stamp, path, line));
        writer.flush();
        messages.incrementAndGet();
        bytes.addAndGet(line.length());
        return stamp;
    }

    /** Records a blind interval; ignored once closed. */
    synchronized void gap(Manifest.Gap gap) {
        if (!closed) {
            writer.gap(gap);
            gaps.incrementAndGet();
        }
    }

    synchronized void putMarket(Manifest.MarketMetadata market) {
        writer.putMarket(market);
    }

    /** The current time on the recording's clock, never before a stamp already given. */
    synchronized long now() {
        return stamp();
    }

    long messages() {
        return messages.get();
    }

    /** Characters of messages written, before compression. */
    long rawBytes() {
        return bytes.get();
    }

    long gaps() {
        return gaps.get();
    }

    synchronized Manifest manifest() {
        return writer.manifest();
    }

    /** Closes the last segment and writes the final manifest. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            writer.close();
        }
    }

    private long stamp() {
        // The wall clock may step back (NTP); the recording's receive times must not.
        lastStampNs = Math.max(lastStampNs, clock.nowNanos());
        return lastStampNs;
    }

    /**
     * A JSON text on one line. Line breaks in JSON can only be whitespace between tokens (a string
     * escapes its own), so dropping them keeps every token, and so the message, unchanged.
     */
    static String oneLine(String raw) {
        String text = raw.strip();
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder line = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') {
                line.append(c);
            }
        }
        return line.toString();
    }
}
