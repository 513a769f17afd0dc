package dev.kalshisim.data.importer;

import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * Imports raw Kalshi WebSocket captures ({@code kalshi-ws-jsonl}) line by line: each frame is
 * written verbatim as a {@code ws} line at the receive time its wrapper gives, or, without one, at
 * the time inside the frame ({@link MessageTime}); a frame with neither (subscribed, ok, snapshot)
 * takes the time of the frame before it, and frames before the first time take that first time.
 * Times never go backwards: a time earlier than the last written is raised to it, and counted.
 */
final class WsCaptureImporter {

    /** Frames without a time held while waiting for the first time; beyond this the file is refused. */
    static final int MAX_UNTIMED_LEAD = 100_000;

    private final RecordingWriter writer;
    private final LongConsumer progress;
    private long lastNanos;
    private long written;

    WsCaptureImporter(RecordingWriter writer, LongConsumer progress) {
        this.writer = writer;
        this.progress = progress;
    }

    /** Imports one file and returns what it found, for the manifest's detail. */
    String importFile(Path file) {
        List<String> untimed = new ArrayList<>();
        TreeSet<String> wrappings = new TreeSet<>();
        long frames = 0;
        long fromWrapper = 0;
        long fromMessage = 0;
        long carried = 0;
        long raised = 0;
        Long previous = null;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long lineNumber = 0;
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                lineNumber++;
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                WsFrame frame;
                Long time;
                try {
                    frame = WsLineReader.read(line);
                    time = frame.recvNanos();
                    if (time != null) {
                        fromWrapper++;
                    } else {
                        time = MessageTime.of(frame.text());
                        if (time != null) {
                            fromMessage++;
                        }
                    }
                } catch (IllegalArgumentException e) {
                    throw new ImportException(file + " line " + lineNumber + ": " + e.getMessage());
                }
                wrappings.add(frame.wrapping());
                frames++;
                if (time == null) {
                    if (previous == null) {
                        if (untimed.size() >= MAX_UNTIMED_LEAD) {
                            throw new ImportException(file + ": no time in the first " + MAX_UNTIMED_LEAD
                                    + " frames, beside them or inside them");
                        }
                        untimed.add(frame.text());
                        continue;
                    }
                    time = previous;
                    carried++;
                }
                if (previous == null) {
                    for (String waiting : untimed) {
                        raised += write(time, waiting);
                        carried++;
                    }
                    untimed.clear();
                }
                previous = time;
                raised += write(time, frame.text());
            }
        } catch (IOException e) {
            throw new ImportException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (!untimed.isEmpty()) {
            throw new ImportException(file + ": no receive time beside the frames and no time inside them");
        }
        if (frames == 0) {
            throw new ImportException(file + ": no frames");
        }
        return describe(file, frames, wrappings, fromWrapper, fromMessage, carried, raised);
    }

    /** Frames written over every file so far. */
    long written() {
        return written;
    }

    /** Writes one frame at {@code nanos} or, if that is earlier, at the last time; 1 if it was raised. */
    private int write(long nanos, String text) {
        int raised = 0;
        if (nanos < lastNanos) {
            nanos = lastNanos;
            raised = 1;
        }
        writer.write(RecordedMessage.ws(nanos, text));
        lastNanos = nanos;
        written++;
        progress.accept(written);
        return raised;
    }

    private static String describe(Path file, long frames, TreeSet<String> wrappings, long fromWrapper, long fromMessage,
            long carried, long raised) {
        StringBuilder text = new StringBuilder();
        text.append(file.getFileName()).append(": ").append(frames).append(" frames, wrapping ")
                .append(String.join(" + ", wrappings)).append("; receive time ");
        if (fromWrapper == frames) {
            text.append("from the capture");
        } else {
            text.append("from the capture for ").append(fromWrapper).append(", derived from the message's own time")
                    .append(" (msg.ts_ms, else msg.ts) for ").append(fromMessage)
                    .append(", the previous frame's for ").append(carried);
        }
        if (raised > 0) {
            text.append("; ").append(raised).append(" raised to keep receive order");
        }
        return text.toString();
    }
}
