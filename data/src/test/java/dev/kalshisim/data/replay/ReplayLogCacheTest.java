package dev.kalshisim.data.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.data.event.MarketEvent;
import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingException;
import dev.kalshisim.data.recording.RecordingWriter;
import dev.kalshisim.data.recording.WriterSettings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayLogCacheTest {

    private static final Manifest.Origin ORIGIN = new Manifest.Origin("generate", null, "synthetic", "test");

    @TempDir
    Path temp;

    private final List<MarketEvent> events = ReplayFixtures.random(7, 3_000, 5);
    private final AtomicInteger builds = new AtomicInteger();
    private String revision = "fixture-1";
    private Path recording;
    private ReplayLogCache cache;

    @BeforeEach
    void setUp() {
        recording = temp.resolve("rec");
        record(recording, events.size());
        cache = new ReplayLogCache(IndexNormalizer::new, temp.resolve("fallback"), ReplayLog.Verify.FULL);
    }

    @Test
    void theFirstOpenBuildsTheNextReusesTheSameFile() throws IOException {
        ReplayLogCache.CachedLog first = cache.open(recording, ReplayLogBuilder.Progress.NONE);
        assertThat(first.outcome()).isEqualTo(ReplayLogCache.Outcome.BUILT);
        assertThat(first.log().file()).isEqualTo(recording.resolve(ReplayLogCache.FILE_NAME));
        assertThat(ReplayLogRoundTripTest.readAll(first.log())).containsExactlyElementsOf(events);
        assertThat(first.log().header().messageCount()).isEqualTo(events.size() + 1); // one message yields nothing
        var modified = Files.getLastModifiedTime(first.log().file());

        ReplayLogCache.CachedLog second = cache.open(recording, ReplayLogBuilder.Progress.NONE);
        assertThat(second.outcome()).isEqualTo(ReplayLogCache.Outcome.REUSED);
        assertThat(second.reason()).isNull();
        assertThat(builds.get()).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(second.log().file())).isEqualTo(modified);
        assertThat(ReplayLogRoundTripTest.readAll(second.log())).containsExactlyElementsOf(events);
        // The recording still reads as one: the log beside it is not a segment.
        try (var reader = dev.kalshisim.data.recording.RecordingReader.open(recording)) {
            long lines = 0;
            while (reader.hasNext()) {
                reader.next();
                lines++;
            }
            assertThat(lines).isEqualTo(events.size() + 1);
        }
    }

    @Test
    void aChangedRecordingIsRebuilt() {
        cache.open(recording, ReplayLogBuilder.Progress.NONE);
        Path log = recording.resolve(ReplayLogCache.FILE_NAME);
        // The same folder now holds a shorter recording: the manifest and the segments changed.
        Path moved = temp.resolve("kept.replay");
        move(log, moved);
        deleteRecursively(recording);
        record(recording, 1_000);
        move(moved, log);

        ReplayLogCache.CachedLog reopened = cache.open(recording, ReplayLogBuilder.Progress.NONE);
        assertThat(reopened.outcome()).isEqualTo(ReplayLogCache.Outcome.REBUILT);
        assertThat(reopened.reason()).contains("stale");
        assertThat(ReplayLogRoundTripTest.readAll(reopened.log())).containsExactlyElementsOf(events.subList(0, 1_000));
    }

    @Test
    void anotherNormalizerRevisionIsRebuilt() {
        cache.open(recording, ReplayLogBuilder.Progress.NONE);
        revision = "fixture-2";
        ReplayLogCache.CachedLog reopened = cache.open(recording, ReplayLogBuilder.Progress.NONE);
        assertThat(reopened.outcome()).isEqualTo(ReplayLogCache.Outcome.REBUILT);
        assertThat(builds.get()).isEqualTo(2);
    }

    @Test
    void aTruncatedLogIsDetectedAndRebuilt() throws IOException {
        Path log = cache.open(recording, ReplayLogBuilder.Progress.NONE).log().file();
        long size = Files.size(log);
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
            channel.truncate(size - 100);
        }
        assertThatThrownBy(() -> ReplayLog.open(log)).isInstanceOf(ReplayLogException.class)
                .hasMessage(log + ": truncated or extended: the header says " + size + " bytes, the file has "
                        + (size - 100));

        ReplayLogCache.CachedLog reopened = cache.open(recording, ReplayLogBuilder.Progress.NONE);
        assertThat(reopened.outcome()).isEqualTo(ReplayLogCache.Outcome.REBUILT);
        assertThat(reopened.reason()).contains("truncated");
        assertThat(Files.size(log)).isEqualTo(size);
        assertThat(ReplayLogRoundTripTest.readAll(reopened.log())).containsExactlyElementsOf(events);
    }

    @Test
    void aFileCutInsideItsHeaderIsTruncated() throws IOException {
        Path log = cache.open(recording, ReplayLogBuilder.Progress.NONE).log().file();
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
            channel.truncate(50);
        }
        assertThatThrownBy(() -> ReplayLog.open(log)).hasMessageContaining("truncated: 50 bytes");
        assertThat(cache.open(recording, ReplayLogBuilder.Progress.NONE).outcome())
                .isEqualTo(ReplayLogCache.Outcome.REBUILT);
    }

    @Test
    void aDamagedRecordHeaderOrTableIsDetectedAndRebuilt() throws IOException {
        Path log = cache.open(recording, ReplayLogBuilder.Progress.NONE).log().file();
        long size = Files.size(log);
        Object[][] damages = {
            {ReplayLogFormat.HEADER_BYTES + 64L * 100 + ReplayLogFormat.R_PRICE, "records' checksum"},
            {(long) 30, "header's checksum"},
            {size - 3, "tables' checksum"},
            {(long) 0, "not a replay log"},
        };
        for (Object[] damage : damages) {
            flipByte(log, (Long) damage[0]);
            assertThatThrownBy(() -> ReplayLog.open(log)).isInstanceOf(ReplayLogException.class)
                    .hasMessageStartingWith(log.toString()).hasMessageContaining((String) damage[1]);
            ReplayLogCache.CachedLog reopened = cache.open(recording, ReplayLogBuilder.Progress.NONE);
            assertThat(reopened.outcome()).isEqualTo(ReplayLogCache.Outcome.REBUILT);
            assertThat(reopened.reason()).contains((String) damage[1]);
            assertThat(ReplayLogRoundTripTest.readAll(reopened.log())).containsExactlyElementsOf(events);
        }
        // A structure-only open does not read the records, so it takes the damaged record as it is.
        flipByte(log, ReplayLogFormat.HEADER_BYTES + 64L * 100 + ReplayLogFormat.R_PRICE);
        assertThat(ReplayLog.open(log, ReplayLog.Verify.STRUCTURE).recordCount()).isPositive();
    }

    @Test
    void anotherLayoutVersionIsRefusedByName() throws IOException {
        Path log = cache.open(recording, ReplayLogBuilder.Progress.NONE).log().file();
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {9, 0, 0, 0}), ReplayLogFormat.H_VERSION);
        }
        assertThatThrownBy(() -> ReplayLog.open(log)).hasMessageContaining("replay log version 9 is not the one");
    }

    @Test
    void aReadOnlyRecordingKeepsItsLogInTheFallbackFolder() throws IOException {
        Files.setPosixFilePermissions(recording, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (Files.isWritable(recording)) {
                return; // running as root: permissions do not bind, nothing to test
            }
            ReplayLogCache.CachedLog built = cache.open(recording, ReplayLogBuilder.Progress.NONE);
            assertThat(built.log().file().getParent()).isEqualTo(temp.resolve("fallback"));
            assertThat(built.log().file().getFileName().toString()).isEqualTo(built.log().header().contentKeyHex()
                    + ".replay");
            assertThat(cache.open(recording, ReplayLogBuilder.Progress.NONE).outcome())
                    .isEqualTo(ReplayLogCache.Outcome.REUSED);
        } finally {
            Files.setPosixFilePermissions(recording, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void notARecordingIsOneClearLine() {
        assertThatThrownBy(() -> cache.open(temp.resolve("nothing"), ReplayLogBuilder.Progress.NONE))
                .isInstanceOf(RecordingException.class).hasMessageContaining("no such folder");
    }

    @Test
    void aMessageTheNormalizerRefusesIsNamed() throws IOException {
        Path bad = temp.resolve("bad");
        try (RecordingWriter writer = RecordingWriter.create(bad, ORIGIN, WriterSettings.DEFAULTS)) {
            writer.write(RecordedMessage.ws(5, "{\"i\":\"oops\"}"));
        }
        assertThatThrownBy(() -> cache.open(bad, ReplayLogBuilder.Progress.NONE)).isInstanceOf(ReplayLogException.class)
                .hasMessageContaining("message 1 (recv_ns 5)");
        assertThat(bad.resolve(ReplayLogCache.FILE_NAME)).doesNotExist();
        try (var files = Files.list(bad)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    /** A recording of the first {@code count} fixture events, one message each, plus a message with none. */
    private void record(Path dir, int count) {
        try (RecordingWriter writer = RecordingWriter.create(dir, ORIGIN, new WriterSettings(20_000, Long.MAX_VALUE))) {
            writer.write(RecordedMessage.ws(events.get(0).recvNanos(), "{\"type\":\"subscribed\"}"));
            for (int i = 0; i < count; i++) {
                writer.write(RecordedMessage.ws(events.get(i).recvNanos(), "{\"i\":" + i + "}"));
            }
        }
    }

    /** Reads {@code {"i":N}} as fixture event N; anything else yields nothing. */
    private final class IndexNormalizer implements EventNormalizer {
        private static final Pattern INDEX = Pattern.compile("\\{\"i\":(.*)}");

        @Override
        public List<MarketEvent> events(RecordedMessage message) {
            Matcher m = INDEX.matcher(message.rawJson());
            if (!m.matches()) {
                if (message.rawJson().contains("subscribed")) {
                    builds.incrementAndGet(); // each build reads the recording's first message once
                }
                return List.of();
            }
            return List.of(events.get(Integer.parseInt(m.group(1))));
        }

        @Override
        public String revision() {
            return revision;
        }
    }

    private static void flipByte(Path file, long at) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            channel.read(one, at);
            one.put(0, (byte) (one.get(0) ^ 0x5A)).clear();
            channel.write(one, at);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path file : new ArrayList<>(files.toList())) {
                Files.delete(file);
            }
            Files.delete(dir);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
