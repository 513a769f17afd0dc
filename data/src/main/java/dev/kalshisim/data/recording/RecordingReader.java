package dev.kalshisim.data.recording;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams a recording's lines in order, one segment open at a time, so memory stays flat however
 * long the recording is.
 *
 * <p>A recorder killed mid-line leaves a truncated end: the last segment's unfinished last line
 * (or its cut gzip stream) is dropped and reported in {@link #warnings()}. A line that cannot be
 * read anywhere else is a {@link RecordingException} naming the file and line. Segments on disk
 * that the manifest does not list yet (the recorder died before rewriting it) are read too.
 */
public final class RecordingReader implements Iterator<RecordedMessage>, AutoCloseable {

    private static final ObjectMapper MANIFEST_MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final JsonFactory JSON = new JsonFactory();

    private final Path dir;
    private final Manifest manifest;
    private final List<String> segmentFiles;
    private final List<String> warnings = new ArrayList<>();
    private int segmentIndex = -1;
    private BufferedReader lines;
    private long lineNumber;
    private RecordedMessage next;
    private long linesRead;
    private CutTolerantStream segmentStream;

    private RecordingReader(Path dir, Manifest manifest, List<String> segmentFiles) {
        this.dir = dir;
        this.manifest = manifest;
        this.segmentFiles = segmentFiles;
    }

    /** Opens the recording in {@code dir}; fails with one clear line when it is not one. */
    public static RecordingReader open(Path dir) {
        Manifest manifest = readManifest(dir);
        List<String> warnings = new ArrayList<>();
        List<String> segments = segmentFiles(dir, manifest, warnings);
        RecordingReader reader = new RecordingReader(dir, manifest, segments);
        reader.warnings.addAll(warnings);
        return reader;
    }

    /** The manifest of the recording in {@code dir}, checked. */
    public static Manifest readManifest(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RecordingException(dir + ": no such folder");
        }
        Path file = dir.resolve(RecordingFormat.MANIFEST);
        Manifest manifest;
        try {
            manifest = MANIFEST_MAPPER.readValue(file.toFile(), Manifest.class);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new RecordingException(dir + " is not a recording: it has no " + RecordingFormat.MANIFEST);
        } catch (IOException | RuntimeException e) {
            throw new RecordingException(file + " is not a recording's manifest: " + firstLine(e.getMessage()));
        }
        if (manifest == null) {
            throw new RecordingException(file + " is empty");
        }
        if (manifest.formatVersion() < 1 || manifest.formatVersion() > RecordingFormat.VERSION) {
            throw new RecordingException(file + ": format version " + manifest.formatVersion()
                    + " is not one this reader knows (1 to " + RecordingFormat.VERSION + ")");
        }
        return manifest;
    }

    /** The manifest as read when opening. */
    public Manifest manifest() {
        return manifest;
    }

    /** What was tolerated so far, one line each (a truncated last line, say). */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Lines read so far. */
    public long linesRead() {
        return linesRead;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (lines == null && !openNextSegment()) {
                return false;
            }
            next = readLine();
        }
        return true;
    }

    @Override
    public RecordedMessage next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RecordedMessage message = next;
        next = null;
        linesRead++;
        return message;
    }

    @Override
    public void close() {
        closeSegment();
        segmentIndex = segmentFiles.size();
    }

    private boolean openNextSegment() {
        segmentIndex++;
        if (segmentIndex >= segmentFiles.size()) {
            return false;
        }
        Path file = dir.resolve(segmentFiles.get(segmentIndex));
        try {
            segmentStream = new CutTolerantStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16));
            lines = new BufferedReader(new InputStreamReader(segmentStream, StandardCharsets.UTF_8), 1 << 16);
        } catch (EOFException e) {
            // A segment the recorder had just opened when it died: not even a gzip header yet.
            if (isLastSegment()) {
                warnings.add(segmentFiles.get(segmentIndex) + ": empty (the recorder stopped as it opened it)");
                return false;
            }
            throw new RecordingException(file + ": not a gzip segment (it ends before its header)");
        } catch (ZipException e) {
            throw new RecordingException(file + ": not a gzip segment (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new RecordingException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        lineNumber = 0;
        return true;
    }

    /** The next message of the open segment, or null at its end (having closed it). */
    private RecordedMessage readLine() {
        String file = segmentFiles.get(segmentIndex);
        String text;
        try {
            text = lines.readLine();
        } catch (IOException e) {
            throw new RecordingException(dir.resolve(file) + " line " + (lineNumber + 1) + ": " + e.getMessage());
        }
        if (text == null) {
            IOException cut = segmentStream.cut;
            closeSegment();
            if (cut != null) {
                segmentCut(file, cut, file + ": cut off after line " + lineNumber);
            }
            return null;
        }
        lineNumber++;
        try {
            return parse(text);
        } catch (RecordingException malformed) {
            if (isLastSegment() && atSegmentEnd()) {
                String why = segmentStream.cut != null ? "; cut off after line " + (lineNumber - 1) : "";
                warnings.add(file + " line " + lineNumber + ": truncated last line dropped" + why
                        + " (the recorder was stopped mid-write)");
                closeSegment();
                return null;
            }
            throw new RecordingException(dir.resolve(file) + " line " + lineNumber + ": " + malformed.getMessage());
        }
    }

    /**
     * The gzip stream of the segment just read ended without its trailer: tolerated (reported)
     * only in the last segment, where a killed recorder leaves it; an error when segments follow.
     */
    private void segmentCut(String file, IOException cause, String warning) {
        if (isLastSegment()) {
            warnings.add(warning + " (the recorder was stopped mid-write; the lines before are whole)");
            return;
        }
        throw new RecordingException(dir.resolve(file) + " line " + (lineNumber + 1) + ": the segment is cut off ("
                + cause.getMessage() + ") but later segments follow");
    }

    private boolean atSegmentEnd() {
        try {
            return peekEnd();
        } catch (IOException e) {
            throw new RecordingException(dir.resolve(segmentFiles.get(segmentIndex)) + " line " + lineNumber + ": "
                    + e.getMessage());
        }
    }

    /** True when nothing follows in the open segment (reads ahead one character if needed). */
    private boolean peekEnd() throws IOException {
        lines.mark(1);
        int c = lines.read();
        if (c < 0) {
            return true;
        }
        lines.reset();
        return false;
    }

    private boolean isLastSegment() {
        return segmentIndex == segmentFiles.size() - 1;
    }

    private void closeSegment() {
        if (lines != null) {
            try {
                lines.close();
            } catch (IOException ignored) {
                // Read-only: nothing is lost by a failed close.
            }
            lines = null;
        }
    }

    /** One line: the wrapper's fields, and the message as the exact characters between its braces. */
    static RecordedMessage parse(String line) {
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new RecordingException("not a JSON object");
            }
            Long recvNs = null;
            Source source = null;
            String path = null;
            String raw = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "recv_ns" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT) {
                            throw new RecordingException("recv_ns must be an integer of epoch nanoseconds");
                        }
                        recvNs = parser.getLongValue();
                    }
                    case "src" -> {
                        source = value == JsonToken.VALUE_STRING ? Source.fromWire(parser.getText()) : null;
                        if (source == null) {
                            throw new RecordingException("src must be \"ws\" or \"rest\"");
                        }
                    }
                    case "path" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw new RecordingException("path must be a string");
                        }
                        path = parser.getText();
                    }
                    case "msg" -> {
                        if (value != JsonToken.START_OBJECT) {
                            throw new RecordingException("msg must be a JSON object");
                        }
                        int start = (int) parser.currentTokenLocation().getCharOffset();
                        parser.skipChildren();
                        int end = (int) parser.currentLocation().getCharOffset();
                        raw = line.substring(start, end);
                    }
                    default -> parser.skipChildren(); // fields a later version adds
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new RecordingException("not one JSON object");
            }
            if (recvNs == null || source == null || raw == null) {
                throw new RecordingException("a line needs recv_ns, src and msg");
            }
            return new RecordedMessage(recvNs, source, source == Source.REST ? path : null, raw);
        } catch (IOException e) {
            throw new RecordingException("not valid JSON (" + firstLine(e.getMessage()) + ")");
        } catch (IllegalArgumentException e) {
            throw new RecordingException(e.getMessage());
        }
    }

    /** The segment files this reader reads, in order: the manifest's and any found on disk beyond it. */
    public List<String> segments() {
        return List.copyOf(segmentFiles);
    }

    /**
     * Segment files in order: every one on disk, which must be numbered 1, 2, 3, ... without a hole.
     * The manifest may lag the disk (the recorder died before rewriting it): segments it does not
     * list are read too and reported; a segment it lists that is not on disk, or a hole in the
     * numbering, loses lines in the middle and is an error.
     */
    static List<String> segmentFiles(Path dir, Manifest manifest, List<String> warnings) {
        TreeMap<Integer, String> onDisk = new TreeMap<>();
        try (var entries = Files.list(dir)) {
            entries.map(p -> p.getFileName().toString()).forEach(name -> {
                Matcher m = RecordingFormat.SEGMENT_NAME.matcher(name);
                if (m.matches()) {
                    onDisk.put(Integer.parseInt(m.group(1)), name);
                }
            });
        } catch (IOException e) {
            throw new RecordingException(dir + ": cannot be listed (" + e.getMessage() + ")");
        }
        Set<String> listed = new LinkedHashSet<>();
        for (Manifest.Segment segment : manifest.segments()) {
            listed.add(segment.file());
            if (!onDisk.containsValue(segment.file())) {
                throw new RecordingException(dir.resolve(segment.file()) + ": listed in the manifest but not on disk");
            }
        }
        int expected = 1;
        for (Map.Entry<Integer, String> entry : onDisk.entrySet()) {
            if (entry.getKey() != expected) {
                throw new RecordingException(dir.resolve(RecordingFormat.segmentName(expected))
                        + ": missing (the segments on disk jump to " + entry.getValue() + ")");
            }
            if (!listed.contains(entry.getValue())) {
                warnings.add(entry.getValue() + ": on disk but not in the manifest (the recorder stopped before"
                        + " rewriting it); read too");
            }
            expected++;
        }
        return new ArrayList<>(onDisk.values());
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /**
     * Ends a segment's decompressed bytes where its gzip stream is cut (no more input, or a broken
     * block where a killed writer stopped) instead of throwing, and remembers the cut. Thrown from
     * inside the decoder's read-ahead, the error would discard lines already inflated; as an end of
     * stream, every whole line comes out first and the reader decides what the cut means.
     */
    private static final class CutTolerantStream extends FilterInputStream {
        IOException cut;

        CutTolerantStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (cut != null) {
                return -1;
            }
            try {
                return in.read(buffer, offset, length);
            } catch (EOFException | ZipException e) {
                cut = e;
                return -1;
            }
        }

        @Override
        public int available() throws IOException {
            return cut != null ? 0 : in.available();
        }
    }
}
