package dev.kalshisim.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingReader;
import dev.kalshisim.data.recording.Source;
import dev.kalshisim.data.recording.WriterSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kalshi-ws-jsonl}: the wrappings published captures use, written verbatim with their receive times. */
class WsCaptureImportTest {

    private static final String SUBSCRIBED = "{\"type\":\"subscribed\",\"id\":2,\"msg\":{\"channel\":\"orderbook_delta\",\"sid\":1}}";
    private static final String SNAPSHOT = "{\"type\":\"orderbook_snapshot\",\"sid\":1,\"seq\":1,\"msg\":{\"market_ticker\":\"KXA-1\","
            + "\"market_id\":\"m-1\",\"yes_dollars_fp\":[[\"0.4000\",\"10.00\"]],\"no_dollars_fp\":[[\"0.5500\",\"3.00\"]]}}";
    private static final String DELTA_1 = "{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":2,\"msg\":{\"market_ticker\":\"KXA-1\","
            + "\"market_id\":\"m-1\",\"price_dollars\":\"0.4000\",\"delta_fp\":\"-2.00\",\"side\":\"yes\","
            + "\"ts\":\"2026-07-01T02:31:45.308599Z\",\"ts_ms\":1782873105308}}";
    private static final String DELTA_2 = "{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":3,\"msg\":{\"market_ticker\":\"KXA-1\","
            + "\"market_id\":\"m-1\",\"price_dollars\":\"0.4100\",\"delta_fp\":\"5.00\",\"side\":\"yes\","
            + "\"ts\":\"2026-07-01T02:31:45.309673Z\"}}";
    private static final String LEGACY_TICKER = "{\"type\":\"ticker\",\"sid\":2,\"msg\":{\"market_ticker\":\"KXA-1\",\"price\":41,"
            + "\"yes_bid\":40,\"yes_ask\":42,\"ts\":1782873106}}";

    @TempDir
    Path temp;

    @Test
    void bareFramesWithBlankLinesTakeTheMessagesOwnTime() throws IOException {
        Path capture = write("session.jsonl", SUBSCRIBED + "\n\n" + SNAPSHOT + "\n\n" + DELTA_1 + "\n\n" + DELTA_2 + "\n"
                + LEGACY_TICKER + "\n");
        Path out = temp.resolve("rec");
        Importer.Result result = importer().run(ImportFormat.KALSHI_WS_JSONL, List.of(capture), out, n -> { });

        List<RecordedMessage> lines = read(out);
        assertThat(lines).extracting(RecordedMessage::rawJson).containsExactly(SUBSCRIBED, SNAPSHOT, DELTA_1, DELTA_2,
                LEGACY_TICKER);
        assertThat(lines).allMatch(line -> line.source() == Source.WS);
        long delta1 = 1_782_873_105_308_000_000L;
        // The two frames before the first time take it; ts (ISO) is read when ts_ms is absent; legacy ts is seconds.
        assertThat(lines).extracting(RecordedMessage::recvNanos).containsExactly(delta1, delta1, delta1,
                1_782_873_105_309_673_000L, 1_782_873_106_000_000_000L);
        assertThat(result.lines()).isEqualTo(5);
        Manifest manifest = RecordingReader.readManifest(out);
        assertThat(manifest.origin().kind()).isEqualTo("import");
        assertThat(manifest.origin().detail()).contains("session.jsonl: 5 frames", "wrapping bare",
                "derived from the message's own time");
    }

    @Test
    void wrappersWithANanosecondTimeAndTheFrameAsTextKeepBoth() throws IOException {
        Path capture = write("frames.jsonl",
                "{\"recv_ts_ns\": 1776490453460692000, \"raw\": " + quoted(SUBSCRIBED + "\n") + "}\n"
                        + "{\"recv_ts_ns\": 1776490453460719000, \"raw\": " + quoted(SNAPSHOT + "\n") + "}\n");
        Path out = temp.resolve("rec");
        importer().run(ImportFormat.KALSHI_WS_JSONL, List.of(capture), out, n -> { });

        List<RecordedMessage> lines = read(out);
        assertThat(lines).extracting(RecordedMessage::rawJson).containsExactly(SUBSCRIBED, SNAPSHOT);
        assertThat(lines).extracting(RecordedMessage::recvNanos).containsExactly(1_776_490_453_460_692_000L,
                1_776_490_453_460_719_000L);
        assertThat(RecordingReader.readManifest(out).origin().detail()).contains("{recv_ts_ns, raw as text}",
                "receive time from the capture");
    }

    @Test
    void wrappersWithAMillisecondTimeAndTheFrameAsAnObjectKeepTheFramesExactText() throws IOException {
        // Spacing inside the frame must survive: the text is cut from the line, not re-serialised.
        String spaced = "{\"type\": \"orderbook_delta\", \"sid\": 1, \"seq\": 2, \"msg\": {\"market_ticker\": \"KXA-1\","
                + " \"price_dollars\": \"0.4000\", \"delta_fp\": \"1.00\", \"side\": \"no\"}}";
        Path capture = write("stream.jsonl", "{\"received_ms\": 1786085188416, \"frame\": " + spaced + "}\n"
                + "{\"ts\": \"2026-08-07T06:46:29.001Z\", \"msg\": " + SNAPSHOT + "}\n");
        Path out = temp.resolve("rec");
        importer().run(ImportFormat.KALSHI_WS_JSONL, List.of(capture), out, n -> { });

        List<RecordedMessage> lines = read(out);
        assertThat(lines).extracting(RecordedMessage::rawJson).containsExactly(spaced, SNAPSHOT);
        assertThat(lines).extracting(RecordedMessage::recvNanos).containsExactly(1_786_085_188_416_000_000L,
                1_786_085_189_001_000_000L);
    }

    @Test
    void aPrettyPrintedDocumentOfWrappedFramesIsReadFrameByFrame() throws IOException {
        Path capture = write("stream.json", """
                {
                 "captured_ms": 1786085247825,
                 "tickers": ["KXA-1"],
                 "frames": [
                  {
                   "received_ms": 1786085188416,
                   "frame": {"type": "subscribed", "id": 2, "msg": {"channel": "orderbook_delta", "sid": 1}}
                  },
                  {
                   "received_ms": 1786085188481,
                   "frame": {"type": "orderbook_delta", "sid": 1, "seq": 2, "msg": {"market_ticker": "KXA-1",
                     "price_dollars": "0.4000", "delta_fp": "-1.50", "side": "yes", "ts_ms": 1786085188400}}
                  }
                 ]
                }
                """);
        Path out = temp.resolve("rec");
        importer().run(ImportFormat.KALSHI_WS_JSONL, List.of(capture), out, n -> { });
        List<RecordedMessage> lines = read(out);
        assertThat(lines).extracting(RecordedMessage::rawJson).containsExactly(
                "{\"type\":\"subscribed\",\"id\":2,\"msg\":{\"channel\":\"orderbook_delta\",\"sid\":1}}",
                "{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":2,\"msg\":{\"market_ticker\":\"KXA-1\","
                        + "\"price_dollars\":\"0.4000\",\"delta_fp\":\"-1.50\",\"side\":\"yes\",\"ts_ms\":1786085188400}}");
        assertThat(lines).extracting(RecordedMessage::recvNanos).containsExactly(1_786_085_188_416_000_000L,
                1_786_085_188_481_000_000L);
        assertThat(RecordingReader.readManifest(out).origin().detail()).contains("{received_ms, frame}",
                "read as one JSON document");
    }

    @Test
    void timesThatGoBackwardsAreRaisedAndCounted() throws IOException {
        Path capture = write("late.jsonl", "{\"recv_ns\": 2000, \"msg\": " + SNAPSHOT + "}\n"
                + "{\"recv_ns\": 1000, \"msg\": " + SUBSCRIBED + "}\n");
        Path out = temp.resolve("rec");
        importer().run(ImportFormat.KALSHI_WS_JSONL, List.of(capture), out, n -> { });
        assertThat(read(out)).extracting(RecordedMessage::recvNanos).containsExactly(2000L, 2000L);
        assertThat(RecordingReader.readManifest(out).origin().detail()).contains("1 raised to keep receive order");
    }

    @Test
    void aBadLineNamesFileAndLineAndLeavesNoRecording() throws IOException {
        Path capture = write("broken.jsonl", SUBSCRIBED + "\n\n" + DELTA_1 + "\n{\"type\":\"orderbook_delta\",\n");
        Path out = temp.resolve("rec");
        assertThatThrownBy(() -> importer().run(ImportFormat.KALSHI_WS_JSONL, List.of(capture), out, n -> { }))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("broken.jsonl line 4: not valid JSON");
        assertThat(out).doesNotExist();
        try (var left = Files.list(temp)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactly("broken.jsonl");
        }
    }

    @Test
    void aWrapperWithoutAFrameIsRefused() throws IOException {
        Path capture = write("odd.jsonl", "{\"recv_ns\": 1, \"body\": {\"x\": 1}}\n");
        assertThatThrownBy(() -> importer().run(ImportFormat.KALSHI_WS_JSONL, List.of(capture), temp.resolve("rec"),
                n -> { })).hasMessageContaining("odd.jsonl line 1: neither a Kalshi frame");
    }

    @Test
    void framesWithNoTimeAnywhereAreRefused() throws IOException {
        Path capture = write("untimed.jsonl", SUBSCRIBED + "\n" + SNAPSHOT + "\n");
        assertThatThrownBy(() -> importer().run(ImportFormat.KALSHI_WS_JSONL, List.of(capture), temp.resolve("rec"),
                n -> { })).hasMessageContaining("untimed.jsonl: no receive time");
        assertThat(temp.resolve("rec")).doesNotExist();
    }

    @Test
    void aMissingFileAndAnUnknownFormatAreOneLine() {
        assertThatThrownBy(() -> importer().run(ImportFormat.KALSHI_WS_JSONL, List.of(temp.resolve("nope.jsonl")),
                temp.resolve("rec"), n -> { })).hasMessageEndingWith("nope.jsonl: no such file");
        assertThatThrownBy(() -> ImportFormat.byLabel("csv")).hasMessage(
                "unknown import format 'csv': expected one of kalshi-ws-jsonl, kalshi-trades-csv, kalshi-trades-parquet");
    }

    static Importer importer() {
        return new Importer(WriterSettings.DEFAULTS);
    }

    static List<RecordedMessage> read(Path dir) {
        List<RecordedMessage> lines = new ArrayList<>();
        try (RecordingReader reader = RecordingReader.open(dir)) {
            reader.forEachRemaining(lines::add);
            assertThat(reader.warnings()).isEmpty();
        }
        return lines;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
