package dev.kalshisim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.data.recording.RecordingReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import}: the exact command line, its summary, and one line for each kind of bad input. */
class ImportCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void importsTradesCsvIntoARecording() throws IOException {
        Path csv = Files.writeString(temp.resolve("trades.csv"), """
                trade_id,ticker,count,yes_price,no_price,taker_side,created_time
                t1,KXA-1,1,6,94,no,2026-01-12T14:56:42Z
                t2,KXA-1,2,7,93,yes,2026-01-12T14:57:42Z
                """);
        Path rec = temp.resolve("rec");
        assertThat(run("import", "--format", "kalshi-trades-csv", csv.toString(), "--out", rec.toString())).isZero();
        assertThat(out.toString()).contains("imported 1 file into " + rec + ": 1 lines");
        assertThat(RecordingReader.readManifest(rec).lineCount()).isEqualTo(1);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void importsAWebSocketCapture() throws IOException {
        Path capture = Files.writeString(temp.resolve("ws.jsonl"), "{\"recv_ns\": 5, \"msg\": {\"type\":\"subscribed\",\"id\":1,"
                + "\"msg\":{\"channel\":\"trade\",\"sid\":1}}}\n\n");
        Path rec = temp.resolve("rec");
        assertThat(run("import", "--format", "kalshi-ws-jsonl", capture.toString(), "--out", rec.toString())).isZero();
        assertThat(RecordingReader.readManifest(rec).firstRecvNs()).isEqualTo(5);
    }

    @Test
    void badInputIsOneLineAndANonZeroExit() throws IOException {
        Path rec = temp.resolve("rec");
        assertOneLine(run("import", "--format", "kalshi-trades-xml", "x.csv", "--out", rec.toString()),
                "unknown import format 'kalshi-trades-xml'");
        assertOneLine(run("import", "--format", "kalshi-trades-csv", temp.resolve("missing.csv").toString(), "--out",
                rec.toString()), "missing.csv: no such file");
        Path parquet = Files.writeString(temp.resolve("bad.parquet"), "PAR1 but not really");
        assertOneLine(run("import", "--format", "kalshi-trades-parquet", parquet.toString(), "--out", rec.toString()),
                "bad.parquet: not a readable Parquet file");
        Path csv = Files.writeString(temp.resolve("odd.csv"), "a,b\n1,2\n");
        assertOneLine(run("import", "--format", "kalshi-trades-csv", csv.toString(), "--out", rec.toString()),
                "odd.csv: not a Kalshi trades file: missing columns");
        assertThat(rec).doesNotExist();
    }

    private void assertOneLine(int code, String text) {
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains(text).doesNotContain("\tat ");
        assertThat(err.toString().lines()).hasSize(1);
        err.getBuffer().setLength(0);
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
