package dev.kalshisim.data.view;

import dev.kalshisim.data.normalize.MessageNormalizer;
import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingFormat;
import dev.kalshisim.data.recording.RecordingReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * What a recording holds, from its manifest and one streaming pass over its lines: the source,
 * markets, time range, messages by type, gaps, and the bytes on disk and as read.
 *
 * @param manifest         the manifest as read
 * @param messagesByType   lines per message type ({@link MessageNormalizer#typeOf}), by name
 * @param messages         lines read
 * @param firstRecvNanos   the first line's receive time as read (0 when empty)
 * @param lastRecvNanos    the last line's receive time as read (0 when empty)
 * @param segments         the segment files read
 * @param bytesOnDisk      the manifest and segment files' sizes
 * @param uncompressedBytes the messages' JSON text as read, in UTF-16 chars (about bytes for JSON)
 * @param warnings         what the reader tolerated (a cut last segment, segments the manifest lags)
 */
public record RecordingSummary(Manifest manifest, Map<String, Long> messagesByType, long messages,
        long firstRecvNanos, long lastRecvNanos, List<String> segments, long bytesOnDisk, long uncompressedBytes,
        List<String> warnings) {

    private static final long PROGRESS_EVERY = 100_000;

    public RecordingSummary {
        messagesByType = Map.copyOf(messagesByType);
        segments = List.copyOf(segments);
        warnings = List.copyOf(warnings);
    }

    /** Reads {@code dir} once, telling {@code progress} the lines read every so often. */
    public static RecordingSummary of(Path dir, LongConsumer progress) {
        try (RecordingReader reader = RecordingReader.open(dir)) {
            Tally tally = new Tally();
            while (reader.hasNext()) {
                tally.add(reader.next());
                if (tally.messages % PROGRESS_EVERY == 0) {
                    progress.accept(tally.messages);
                }
            }
            progress.accept(tally.messages);
            return tally.summary(dir, reader);
        }
    }

    /** The counts of a pass over a recording, so that a pass that does more can summarize too. */
    static final class Tally {
        private final TreeMap<String, Long> byType = new TreeMap<>();
        private long messages;
        private long first;
        private long last;
        private long chars;

        void add(RecordedMessage message) {
            messages++;
            if (messages == 1) {
                first = message.recvNanos();
            }
            last = message.recvNanos();
            chars += message.rawJson().length();
            byType.merge(MessageNormalizer.typeOf(message), 1L, Long::sum);
        }

        /** The summary, once {@code reader} has read to the end. */
        RecordingSummary summary(Path dir, RecordingReader reader) {
            long bytes = size(dir.resolve(RecordingFormat.MANIFEST));
            for (String segment : reader.segments()) {
                bytes += size(dir.resolve(segment));
            }
            return new RecordingSummary(reader.manifest(), byType, messages, first, last, reader.segments(), bytes,
                    chars, reader.warnings());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }
}
