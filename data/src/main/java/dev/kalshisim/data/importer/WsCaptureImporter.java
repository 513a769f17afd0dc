package dev.kalshisim.data.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * Imports raw Kalshi WebSocket captures ({@code kalshi-ws-jsonl}) frame by frame: each frame is
 * written verbatim as a {@code ws} line at the receive time its wrapper gives, or, without one, at
 * the time inside the frame ({@link MessageTime}); a frame with neither (subscribed, ok, snapshot)
 * takes the time of the frame before it, and frames before the first time take that first time.
 * Times never go backwards: a time earlier than the last written is raised to it, and counted.
 *
 * <p>Files are JSON lines (blank lines skipped). A file whose first line opens a pretty-printed
 * JSON document ({@code [} or {@code {} alone) is read as one document instead: a top-level array
 * of frames or wrappers, or an object holding that array under {@code frames}, {@code messages}
 * or {@code data}. Such a file no longer holds the frames' wire bytes, so they are written as
 * Jackson re-serialises them on one line, and the manifest says so.
 */
final class WsCaptureImporter {

    /** Frames without a time held while waiting for the first time; beyond this the file is refused. */
    static final int MAX_UNTIMED_LEAD = 100_000;

    private static final Set<String> DOCUMENT_ARRAYS = Set.of("frames", "messages", "data");
    private static final ObjectMapper DOCUMENT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

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
        FileState state = new FileState(file);
        try {
            if (isDocument(file)) {
                readDocument(file, state);
                state.document = true;
            } else {
                readLines(file, state);
            }
        } catch (IOException e) {
            throw new ImportException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (!state.untimed.isEmpty()) {
            throw new ImportException(file + ": no receive time beside the frames and no time inside them");
        }
        if (state.frames == 0) {
            throw new ImportException(file + ": no frames");
        }
        return state.describe();
    }

    private void readLines(Path file, FileState state) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long lineNumber = 0;
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                lineNumber++;
                String line = raw.strip();
                if (!line.isEmpty()) {
                    accept(line, state, "line " + lineNumber);
                }
            }
        }
    }

    private void readDocument(Path file, FileState state) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
            parser.setCodec(DOCUMENT);
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                boolean found = false;
                for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (!found && value == JsonToken.START_ARRAY && DOCUMENT_ARRAYS.contains(name)) {
                        readArray(parser, state, name);
                        found = true;
                    } else {
                        parser.skipChildren();
                    }
                }
                if (!found) {
                    throw new ImportException(file + ": a JSON document without a frames, messages or data array");
                }
            } else if (first == JsonToken.START_ARRAY) {
                readArray(parser, state, "");
            } else {
                throw new ImportException(file + ": neither JSON lines nor a JSON document of frames");
            }
        } catch (JsonProcessingException e) {
            throw new ImportException(file + " line " + e.getLocation().getLineNr() + ": not valid JSON: "
                    + WsLineReader.shortMessage(e));
        }
    }

    private void readArray(JsonParser parser, FileState state, String name) throws IOException {
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            JsonNode element = parser.readValueAsTree();
            String where = (name.isEmpty() ? "element " : name + "[") + index + (name.isEmpty() ? "" : "]");
            accept(DOCUMENT.writeValueAsString(element), state, where);
            index++;
        }
    }

    private void accept(String text, FileState state, String where) {
        WsFrame frame;
        Long time;
        try {
            frame = WsLineReader.read(text);
            time = frame.recvNanos();
            if (time != null) {
                state.fromWrapper++;
            } else {
                time = MessageTime.of(frame.text());
                if (time != null) {
                    state.fromMessage++;
                }
            }
        } catch (IllegalArgumentException e) {
            throw new ImportException(state.file + " " + where + ": " + e.getMessage());
        }
        state.wrappings.add(frame.wrapping());
        state.frames++;
        if (time == null) {
            if (state.previous == null) {
                if (state.untimed.size() >= MAX_UNTIMED_LEAD) {
                    throw new ImportException(state.file + ": no time in the first " + MAX_UNTIMED_LEAD
                            + " frames, beside them or inside them");
                }
                state.untimed.add(frame.text());
                return;
            }
            time = state.previous;
            state.carried++;
        }
        if (state.previous == null) {
            for (String waiting : state.untimed) {
                state.raised += write(time, waiting);
                state.carried++;
            }
            state.untimed.clear();
        }
        state.previous = time;
        state.raised += write(time, frame.text());
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

    /** A pretty-printed document starts with a line that is only an opening bracket. */
    private static boolean isDocument(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (!text.isEmpty()) {
                    return text.equals("{") || text.equals("[") || text.startsWith("[{") && !text.endsWith("}");
                }
            }
        }
        return false;
    }

    /** What one file held, for the manifest's detail. */
    private static final class FileState {
        final Path file;
        final List<String> untimed = new ArrayList<>();
        final TreeSet<String> wrappings = new TreeSet<>();
        long frames;
        long fromWrapper;
        long fromMessage;
        long carried;
        long raised;
        Long previous;
        boolean document;

        FileState(Path file) {
            this.file = file;
        }

        String describe() {
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
            if (document) {
                text.append("; read as one JSON document, frames re-serialised on one line (its original bytes are not in it)");
            }
            return text.toString();
        }
    }
}
