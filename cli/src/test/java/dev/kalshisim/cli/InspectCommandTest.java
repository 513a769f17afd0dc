package dev.kalshisim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingWriter;
import dev.kalshisim.data.recording.WriterSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

    /** 2026-01-01T12:00:00Z. */
    private static final long T0 = 1_767_268_800_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void printsTheSummary() {
        Path recording = recording();

        assertThat(run("inspect", recording.toString())).isZero();

        assertThat(out.toString()).contains(
                "recording  " + recording + " (format 1)",
                "source     record http://127.0.0.1:1/trade-api/v2, environment simulator",
                "markets    2: KXI-A, KXI-B",
                "time       2026-01-01T12:00:00Z .. 2026-01-01T12:01:30Z (1m 30.000s)",
                "messages   4")
                .containsPattern("\n  orderbook_delta +2\n")
                .containsPattern("\n  orderbook_snapshot +1\n")
                .containsPattern("\n  trade +1\n")
                .contains("gaps       1", "2026-01-01T12:00:10Z .. 2026-01-01T12:00:15Z (5.000s)  disconnect  KXI-A,KXI-B")
                .containsPattern("size       [0-9.]+ (B|KiB) on disk in 1 segment; [0-9.]+ (B|KiB) of JSON");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void writesTheTablesWithCsv() throws IOException {
        Path tables = temp.resolve("tables");

        assertThat(run("inspect", recording().toString(), "--csv", tables.toString(), "--interval", "30s")).isZero();

        assertThat(out.toString()).contains("messages   4", "gaps       1").contains("tables     " + tables + ": trades.csv, top_of_book.csv, spread_depth.csv,"
                + " ohlc.csv (1 trades, 4 book samples per table, 1 bars, every PT30S)");
        assertThat(Files.readAllLines(tables.resolve("top_of_book.csv"))).hasSize(5)
                .element(4).isEqualTo((T0 + 90 * SECOND) + ",2026-01-01T12:01:30Z,KXI-A,0.4200,3.00,0.4500,8.00");
        assertThat(Files.readAllLines(tables.resolve("ohlc.csv"))).containsExactly(
                "start_ns,start,ticker,open,high,low,close,volume,trades",
                (T0 + 30 * SECOND) + ",2026-01-01T12:00:30Z,KXI-A,0.4300,0.4300,0.4300,0.4300,2.00,1");
    }

    @Test
    void badInputIsOneLineAndANonZeroExit() throws IOException {
        assertOneLine(run("inspect", temp.resolve("missing").toString()), "no such folder: ");

        Files.createDirectories(temp.resolve("empty"));
        assertOneLine(run("inspect", temp.resolve("empty").toString()), "is not a recording: it has no manifest.json");

        assertOneLine(run("inspect", "sample:no-such-sample"), "unknown sample no-such-sample; the samples are");

        Path recording = recording();
        try (OutputStream segment = new GZIPOutputStream(Files.newOutputStream(
                recording.resolve("segment-000001.jsonl.gz")))) {
            segment.write("{\"recv_ns\":1,\"src\":\"ws\",\"msg\":{}}\nnot json\n{\"recv_ns\":3,\"src\":\"ws\",\"msg\":{}}\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertOneLine(run("inspect", recording.toString()), "segment-000001.jsonl.gz line 2: not valid JSON");

        assertThat(run("inspect", recording.toString(), "--interval", "soon")).isEqualTo(OneLineErrors.USAGE);
        assertThat(err.toString().lines()).hasSize(1);
    }

    private void assertOneLine(int code, String expected) {
        assertThat(code).isEqualTo(OneLineErrors.FAILED);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("kalshi-sim: ").contains(expected);
        err.getBuffer().setLength(0);
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path recording() {
        Path dir = temp.resolve("rec-" + System.nanoTime());
        try (RecordingWriter writer = RecordingWriter.create(dir, new Manifest.Origin("record",
                "http://127.0.0.1:1/trade-api/v2", "simulator", null), WriterSettings.DEFAULTS)) {
            writer.putMarket(new Manifest.MarketMetadata("KXI-A", null, null, null));
            writer.putMarket(new Manifest.MarketMetadata("KXI-B", null, null, null));
            writer.gap(new Manifest.Gap(T0 + 10 * SECOND, T0 + 15 * SECOND, List.of("KXI-A", "KXI-B"), "disconnect"));
            writer.write(RecordedMessage.ws(T0, "{\"type\":\"orderbook_snapshot\",\"sid\":1,\"seq\":1,\"msg\":"
                    + "{\"market_ticker\":\"KXI-A\",\"yes_dollars_fp\":[[\"0.4200\",\"3.00\"]],"
                    + "\"no_dollars_fp\":[[\"0.5500\",\"8.00\"]]}}"));
            writer.write(RecordedMessage.ws(T0 + 20 * SECOND, "{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":2,\"msg\":"
                    + "{\"market_ticker\":\"KXI-A\",\"price_dollars\":\"0.4100\",\"delta_fp\":\"1.00\",\"side\":\"yes\"}}"));
            writer.write(RecordedMessage.ws(T0 + 40 * SECOND, "{\"type\":\"trade\",\"sid\":2,\"seq\":1,\"msg\":"
                    + "{\"market_ticker\":\"KXI-A\",\"yes_price_dollars\":\"0.4300\",\"count_fp\":\"2.00\"}}"));
            writer.write(RecordedMessage.ws(T0 + 90 * SECOND, "{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":3,\"msg\":"
                    + "{\"market_ticker\":\"KXI-A\",\"price_dollars\":\"0.4100\",\"delta_fp\":\"-1.00\",\"side\":\"yes\"}}"));
        }
        return dir;
    }
}
