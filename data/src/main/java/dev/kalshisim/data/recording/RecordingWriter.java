package dev.kalshisim.data.recording;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a recording: lines in receive order into gzip segments that rotate by size and time,
 * and the manifest, rewritten atomically whenever a segment, a market or a gap is added and on
 * {@link #close()}.
 *
 * <p>{@link #flush()} pushes every complete line through the compressor to the file (a gzip
 * sync flush), so a recorder that flushes after each message loses at most the line it was
 * writing when killed; the reader tolerates that truncated end. Thread-safe: one lock.
 */
public final class RecordingWriter implements AutoCloseable {

    private static final ObjectMapper MANIFEST_MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;
    private final Manifest.Origin origin;
    private final WriterSettings settings;
    private final Map<String, Manifest.MarketMetadata> markets = new LinkedHashMap<>();
    private final List<Manifest.Segment> closedSegments = new ArrayList<>();
    private final List<Manifest.Gap> gaps = new ArrayList<>();
    private OutputStream segment;
    private int segmentNumber;
    private long segmentBytes;
    private long segmentLines;
    private long segmentFirstNs;
    private long segmentLastNs;
    private long firstRecvNs;
    private long lastRecvNs;
    private boolean closed;

    private RecordingWriter(Path dir, Manifest.Origin origin, WriterSettings settings) {
        this.dir = dir;
        this.origin = origin;
        this.settings = settings;
    }

    /**
     * A writer into {@code dir}, which must not exist or be an empty folder; writes the first
     * manifest at once, so even an empty recording is one.
     */
    public static RecordingWriter create(Path dir, Manifest.Origin origin, WriterSettings settings) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(settings, "settings");
        try {
            if (Files.exists(dir)) {
                if (!Files.isDirectory(dir)) {
                    throw new RecordingException(dir + " exists and is not a folder");
                }
                try (var entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new RecordingException(dir + " is not empty: a recording goes into a new folder");
                    }
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new RecordingException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        RecordingWriter writer = new RecordingWriter(dir, origin, settings);
        writer.writeManifest();
        return writer;
    }

    /** Appends one message; messages must come in receive order. */
    public synchronized void write(RecordedMessage message) {
        ensureOpen();
        String raw = message.rawJson();
        if (raw.isEmpty() || raw.charAt(0) != '{' || raw.indexOf('\n') >= 0 || raw.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a recorded message is one JSON object on one line");
        }
        if (lastRecvNs != 0 && message.recvNanos() < lastRecvNs) {
            throw new IllegalArgumentException("messages come in receive order: " + message.recvNanos()
                    + " after " + lastRecvNs);
        }
        if (segment != null && (segmentBytes >= settings.maxSegmentBytes()
                || message.recvNanos() - segmentFirstNs >= settings.maxSegmentNanos())) {
            closeSegment();
            writeManifest();
        }
        if (segment == null) {
            openSegment(message.recvNanos());
        }
        byte[] line = line(message);
        try {
            segment.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + RecordingFormat.segmentName(segmentNumber), e);
        }
        segmentBytes += line.length;
        segmentLines++;
        segmentLastNs = message.recvNanos();
        if (firstRecvNs == 0) {
            firstRecvNs = message.recvNanos();
        }
        lastRecvNs = message.recvNanos();
    }

    /** Records (or replaces) one market's metadata. */
    public synchronized void putMarket(Manifest.MarketMetadata market) {
        ensureOpen();
        markets.put(market.ticker(), market);
        writeManifest();
    }

    /** Records an interval the recorder could not see. */
    public synchronized void gap(Manifest.Gap gap) {
        ensureOpen();
        gaps.add(gap);
        writeManifest();
    }

    /**
     * Pushes every complete line through the compressor to the file (a gzip sync flush). The
     * manifest is not rewritten here (it is on rotation, markets, gaps and close): a recorder may
     * flush after every message, and a reader finds the segments and lines the manifest lags.
     */
    public synchronized void flush() {
        ensureOpen();
        if (segment != null) {
            try {
                segment.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("flushing " + RecordingFormat.segmentName(segmentNumber), e);
            }
        }
    }

    /** The manifest as it stands, the open segment included. */
    public synchronized Manifest manifest() {
        List<Manifest.Segment> segments = new ArrayList<>(closedSegments);
        if (segment != null) {
            segments.add(new Manifest.Segment(RecordingFormat.segmentName(segmentNumber), segmentFirstNs,
                    segmentLastNs, segmentLines));
        }
        return new Manifest(RecordingFormat.VERSION, origin, List.copyOf(markets.values()), firstRecvNs, lastRecvNs,
                segments, gaps);
    }

    /** The recording's folder. */
    public Path dir() {
        return dir;
    }

    /** Closes the open segment and writes the final manifest; calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        if (segment != null) {
            closeSegment();
        }
        writeManifest();
        closed = true;
    }

    private void openSegment(long firstNs) {
        segmentNumber++;
        Path file = dir.resolve(RecordingFormat.segmentName(segmentNumber));
        try {
            // syncFlush: flush() ends a deflate block, so every complete line reaches the file.
            segment = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16, true);
        } catch (IOException e) {
            throw new UncheckedIOException("opening " + file, e);
        }
        segmentBytes = 0;
        segmentLines = 0;
        segmentFirstNs = firstNs;
        segmentLastNs = firstNs;
        writeManifest();
    }

    private void closeSegment() {
        try {
            segment.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing " + RecordingFormat.segmentName(segmentNumber), e);
        }
        closedSegments.add(new Manifest.Segment(RecordingFormat.segmentName(segmentNumber), segmentFirstNs,
                segmentLastNs, segmentLines));
        segment = null;
    }

    private void writeManifest() {
        Path target = dir.resolve(RecordingFormat.MANIFEST);
        Path temp = dir.resolve(RecordingFormat.MANIFEST + ".tmp");
        try {
            MANIFEST_MAPPER.writeValue(temp.toFile(), manifest());
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + target, e);
        }
    }

    /** {@code {"recv_ns":N,"src":"ws"[,"path":"..."],"msg":RAW}\n}: the message's bytes untouched. */
    private static byte[] line(RecordedMessage message) {
        StringBuilder text = new StringBuilder(message.rawJson().length() + 64);
        text.append("{\"recv_ns\":").append(message.recvNanos())
                .append(",\"src\":\"").append(message.source().wire()).append('"');
        if (message.path() != null) {
            text.append(",\"path\":\"");
            JsonStringEncoder.getInstance().quoteAsString(message.path(), text);
            text.append('"');
        }
        text.append(",\"msg\":").append(message.rawJson()).append("}\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the recording in " + dir + " is closed");
        }
    }
}
