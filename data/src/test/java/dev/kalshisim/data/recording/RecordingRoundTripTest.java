package dev.kalshisim.data.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingRoundTripTest {

    private static final Manifest.Origin ORIGIN = new Manifest.Origin("record", "http://127.0.0.1:1/trade-api/v2",
            "simulator", null);

    @TempDir
    Path temp;

    @Test
    void linesComeBackVerbatimInOrderAcrossRotatedSegments() throws IOException {
        Path dir = temp.resolve("rec");
        List<RecordedMessage> written = new ArrayList<>();
        try (RecordingWriter writer = RecordingWriter.create(dir, ORIGIN, new WriterSettings(200, Long.MAX_VALUE))) {
            writer.putMarket(new Manifest.MarketMetadata("KXA-1", new ObjectMapper().readTree("{\"ticker\":\"KXA-1\"}"),
                    null, null));
            for (int i = 0; i < 20; i++) {
                // Odd spacing, a new field and a number with trailing zeros must all survive as written.
                RecordedMessage message = i % 5 == 0
                        ? RecordedMessage.rest(1_000L + i, "/trade-api/v2/markets/KXA-1/orderbook?depth=0",
                                "{\"orderbook_fp\": {\"yes_dollars\":[[\"0.4500\",\"10.00\"]]}, \"future\":1.50}")
                        : RecordedMessage.ws(1_000L + i, "{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":" + i
                                + ",\"msg\":{\"market_ticker\":\"KXA-1\",\"price_dollars\":\"0.4500\",\"delta_fp\":\"1.00\"}}");
                writer.write(message);
                written.add(message);
            }
            writer.gap(new Manifest.Gap(1_005L, 1_007L, List.of("KXA-1"), "disconnect"));
        }

        try (RecordingReader reader = RecordingReader.open(dir)) {
            List<RecordedMessage> read = new ArrayList<>();
            reader.forEachRemaining(read::add);
            assertThat(read).containsExactlyElementsOf(written);
            assertThat(reader.warnings()).isEmpty();
            Manifest manifest = reader.manifest();
            assertThat(manifest.segments()).hasSizeGreaterThan(1);
            assertThat(manifest.lineCount()).isEqualTo(20);
            assertThat(manifest.firstRecvNs()).isEqualTo(1_000L);
            assertThat(manifest.lastRecvNs()).isEqualTo(1_019L);
            assertThat(manifest.gaps()).containsExactly(new Manifest.Gap(1_005L, 1_007L, List.of("KXA-1"), "disconnect"));
            assertThat(manifest.markets()).extracting(Manifest.MarketMetadata::ticker).containsExactly("KXA-1");
        }
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("[ 1005, 1007, [ \"KXA-1\" ], \"disconnect\" ]");
    }

    @Test
    void aTruncatedLastLineIsDroppedAndReported() throws IOException {
        Path dir = temp.resolve("cut");
        try (RecordingWriter writer = RecordingWriter.create(dir, ORIGIN, WriterSettings.DEFAULTS)) {
            writer.write(RecordedMessage.ws(1, "{\"type\":\"ok\"}"));
        }
        Path segment = dir.resolve(RecordingFormat.segmentName(1));
        writeGzip(segment, "{\"recv_ns\":1,\"src\":\"ws\",\"msg\":{\"type\":\"ok\"}}\n{\"recv_ns\":2,\"src\":\"ws\",\"msg\":{\"ty");

        try (RecordingReader reader = RecordingReader.open(dir)) {
            assertThat(reader.next().rawJson()).isEqualTo("{\"type\":\"ok\"}");
            assertThat(reader.hasNext()).isFalse();
            assertThat(reader.warnings()).singleElement().asString().contains("line 2").contains("truncated");
        }
    }

    @Test
    void aSegmentCutMidStreamKeepsEveryFlushedLine() throws IOException {
        // A recorder killed while writing: every line flushed before the cut must read back, however
        // much of it the gzip stream's last, unfinished block holds.
        Path dir = temp.resolve("killed");
        RecordingWriter writer = RecordingWriter.create(dir, ORIGIN, WriterSettings.DEFAULTS);
        for (int i = 1; i <= 500; i++) {
            writer.write(RecordedMessage.ws(i, "{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":" + i
                    + ",\"msg\":{\"price_dollars\":\"0." + (1000 + i % 9000) + "\",\"delta_fp\":\"1.00\"}}"));
            writer.flush();
        }
        Path segment = dir.resolve(RecordingFormat.segmentName(1));
        byte[] flushed = Files.readAllBytes(segment);
        Files.write(segment, flushed); // no gzip trailer: the stream ends where the last sync flush left it

        try (RecordingReader reader = RecordingReader.open(dir)) {
            long read = 0;
            while (reader.hasNext()) {
                assertThat(reader.next().recvNanos()).isEqualTo(++read);
            }
            assertThat(read).isEqualTo(500);
            assertThat(reader.warnings()).singleElement().asString().contains("cut off after line 500");
        }
    }

    @Test
    void aCorruptLineElsewhereNamesTheFileAndLine() throws IOException {
        Path dir = temp.resolve("bad");
        try (RecordingWriter writer = RecordingWriter.create(dir, ORIGIN, new WriterSettings(10, Long.MAX_VALUE))) {
            writer.write(RecordedMessage.ws(1, "{\"type\":\"ok\"}"));
            writer.write(RecordedMessage.ws(2, "{\"type\":\"ok\"}"));
        }
        writeGzip(dir.resolve(RecordingFormat.segmentName(1)), "{\"recv_ns\":1,\"src\":\"ws\",\"msg\":{\"type\":\"ok\"}}\n"
                + "{\"recv_ns\":\"soon\",\"src\":\"ws\",\"msg\":{}}\n");

        try (RecordingReader reader = RecordingReader.open(dir)) {
            reader.next();
            assertThatThrownBy(reader::next).isInstanceOf(RecordingException.class)
                    .hasMessageContaining("segment-000001.jsonl.gz line 2")
                    .hasMessageContaining("recv_ns must be an integer");
        }
    }

    @Test
    void aFolderWithoutAManifestIsNotARecording() throws IOException {
        Files.createDirectories(temp.resolve("empty"));
        assertThatThrownBy(() -> RecordingReader.open(temp.resolve("empty"))).isInstanceOf(RecordingException.class)
                .hasMessageEndingWith("is not a recording: it has no manifest.json");
        assertThatThrownBy(() -> RecordingReader.open(temp.resolve("missing"))).isInstanceOf(RecordingException.class)
                .hasMessageEndingWith("no such folder");
    }

    private static void writeGzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
