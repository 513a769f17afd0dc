package dev.kalshisim.data.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed recorder leaves on disk, and a manifest that lags the disk. */
class RecordingHardeningTest {

    private static final Manifest.Origin ORIGIN = new Manifest.Origin("record", "http://127.0.0.1:1/trade-api/v2",
            "simulator", null);

    @TempDir
    Path temp;

    /**
     * As a recorder flushing after each line and then killed: the segment holds every complete
     * line's sync-flushed blocks and part of the next block, with no gzip trailer. Every cut point
     * between the last flush and the end of the next line's bytes is tried.
     */
    @Test
    void aGzipStreamCutMidBlockAfterSyncFlushesKeepsEveryFlushedLine() throws IOException {
        Path source = temp.resolve("whole");
        long[] flushedLength = new long[6];
        try (RecordingWriter writer = RecordingWriter.create(source, ORIGIN, WriterSettings.DEFAULTS)) {
            for (int i = 0; i < 6; i++) {
                writer.write(RecordedMessage.ws(100 + i, message(i)));
                writer.flush();
                flushedLength[i] = Files.size(source.resolve(RecordingFormat.segmentName(1)));
            }
            byte[] whole = Files.readAllBytes(source.resolve(RecordingFormat.segmentName(1)));
            List<String> written = List.of(message(0), message(1), message(2), message(3), message(4));
            int cutsInsideLineFive = 0;
            for (long cut = flushedLength[3]; cut < flushedLength[4]; cut++) {
                Path dir = copyCut(source, whole, (int) cut, "cut-" + cut);
                List<String> read = new ArrayList<>();
                List<String> warnings;
                try (RecordingReader reader = RecordingReader.open(dir)) {
                    reader.forEachRemaining(m -> read.add(m.rawJson()));
                    warnings = reader.warnings();
                }
                // Line 5 is whole once its deflate block is in (only the sync marker may be missing).
                assertThat(read).as("cut at byte %d", cut).hasSizeBetween(4, 5)
                        .isEqualTo(written.subList(0, read.size()));
                assertThat(warnings).as("cut at byte %d", cut).singleElement().asString()
                        .contains("segment-000001.jsonl.gz").contains("cut off after line " + read.size());
                if (read.size() == 4) {
                    cutsInsideLineFive++;
                }
            }
            assertThat(cutsInsideLineFive).as("cuts that lose the partly written line 5").isGreaterThan(5);
        }
    }

    @Test
    void aCutSegmentFollowedByAnotherIsAnErrorNamingIt() throws IOException {
        Path source = temp.resolve("two");
        try (RecordingWriter writer = RecordingWriter.create(source, ORIGIN, new WriterSettings(1, Long.MAX_VALUE))) {
            writer.write(RecordedMessage.ws(1, message(1)));
            writer.write(RecordedMessage.ws(2, message(2)));
            writer.write(RecordedMessage.ws(3, message(3)));
        }
        Path first = source.resolve(RecordingFormat.segmentName(1));
        byte[] bytes = Files.readAllBytes(first);
        Files.write(first, Arrays.copyOf(bytes, bytes.length - 8)); // the trailer gone

        try (RecordingReader reader = RecordingReader.open(source)) {
            assertThatThrownBy(() -> reader.forEachRemaining(m -> { })).isInstanceOf(RecordingException.class)
                    .hasMessageContaining("segment-000001.jsonl.gz line 2: the segment is cut off");
        }
    }

    @Test
    void segmentsTheManifestDoesNotListYetAreReadAndReported() throws IOException {
        Path dir = temp.resolve("lagging");
        try (RecordingWriter writer = RecordingWriter.create(dir, ORIGIN, new WriterSettings(1, Long.MAX_VALUE))) {
            writer.write(RecordedMessage.ws(1, message(1)));
        }
        String manifestWithOneSegment = Files.readString(dir.resolve(RecordingFormat.MANIFEST));
        Files.delete(dir.resolve(RecordingFormat.segmentName(1)));
        Files.delete(dir.resolve(RecordingFormat.MANIFEST));
        try (RecordingWriter writer = RecordingWriter.create(dir, ORIGIN, new WriterSettings(1, Long.MAX_VALUE))) {
            for (int i = 1; i <= 3; i++) {
                writer.write(RecordedMessage.ws(i, message(i)));
            }
        }
        // The manifest as it stood after the first segment: the recorder died before rewriting it.
        Files.writeString(dir.resolve(RecordingFormat.MANIFEST), manifestWithOneSegment);

        try (RecordingReader reader = RecordingReader.open(dir)) {
            assertThat(reader.manifest().segments()).hasSize(1);
            assertThat(reader.segments()).containsExactly("segment-000001.jsonl.gz", "segment-000002.jsonl.gz",
                    "segment-000003.jsonl.gz");
            List<String> raw = new ArrayList<>();
            reader.forEachRemaining(m -> raw.add(m.rawJson()));
            assertThat(raw).containsExactly(message(1), message(2), message(3));
            assertThat(reader.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("not in the manifest"));
        }
    }

    @Test
    void aSegmentMissingInTheMiddleIsAnError() throws IOException {
        Path dir = temp.resolve("holed");
        try (RecordingWriter writer = RecordingWriter.create(dir, ORIGIN, new WriterSettings(1, Long.MAX_VALUE))) {
            for (int i = 1; i <= 3; i++) {
                writer.write(RecordedMessage.ws(i, message(i)));
            }
        }
        Files.delete(dir.resolve(RecordingFormat.segmentName(2)));

        assertThatThrownBy(() -> RecordingReader.open(dir)).isInstanceOf(RecordingException.class)
                .hasMessageContaining("segment-000002.jsonl.gz: listed in the manifest but not on disk");
        Files.writeString(dir.resolve(RecordingFormat.MANIFEST), Files.readString(dir.resolve(RecordingFormat.MANIFEST))
                .replaceAll("(?s)\"segments\" : \\[.*?\\]\\s*,", "\"segments\" : [ ],"));
        assertThatThrownBy(() -> RecordingReader.open(dir)).isInstanceOf(RecordingException.class)
                .hasMessageContaining("segment-000002.jsonl.gz: missing (the segments on disk jump to"
                        + " segment-000003.jsonl.gz)");
    }

    private Path copyCut(Path source, byte[] whole, int length, String name) throws IOException {
        Path dir = temp.resolve(name);
        Files.createDirectories(dir);
        Files.copy(source.resolve(RecordingFormat.MANIFEST), dir.resolve(RecordingFormat.MANIFEST));
        Files.write(dir.resolve(RecordingFormat.segmentName(1)), Arrays.copyOf(whole, length));
        return dir;
    }

    private static String message(int i) {
        return "{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":" + i + ",\"msg\":{\"market_ticker\":\"KXA-1\","
                + "\"price_dollars\":\"0.4" + i + "00\",\"delta_fp\":\"" + (i + 1) + ".00\",\"side\":\"yes\"}}";
    }
}
