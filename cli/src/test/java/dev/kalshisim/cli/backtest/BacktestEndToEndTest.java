package dev.kalshisim.cli.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.cli.Main;
import dev.kalshisim.reports.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole command on the real backtest, in process (no sockets): a quoting strategy over a small
 * constructed recording, run twice with the same seed, gives byte-identical result files, and the
 * last line keeps its contract.
 */
class BacktestEndToEndTest {

    @TempDir
    static Path shared;

    private static Path recording;

    @TempDir
    Path temp;

    @BeforeAll
    static void record() {
        recording = ConstructedRecording.write(shared.resolve("recording"));
    }

    @Test
    void theSameDataStrategyParametersAndSeedGiveTheSameBytes() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");

        String firstOut = backtest(first);
        String secondOut = backtest(second);

        List<String> names = new ArrayList<>(ResultFiles.fileNames());
        names.addAll(List.of(ResultFolder.SUMMARY, Report.METRICS, Report.EQUITY, Report.HTML));
        for (String name : names) {
            assertThat(Files.readAllBytes(second.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
        // The quoter did something worth comparing: its orders rested and changed state.
        assertThat(Files.readAllLines(first.resolve("orders.csv")).size()).isGreaterThan(2);
        assertThat(Files.readAllLines(first.resolve("tokens.csv")).size()).isGreaterThan(2);
        for (String out : List.of(firstOut, secondOut)) {
            List<String> lines = out.lines().toList();
            assertThat(lines.get(lines.size() - 1)).matches(SummaryText.LAST_LINE);
        }
        // Everything but the wall-clock rate is the same on both lines.
        assertThat(lastLine(firstOut).replaceAll("events_per_s=[0-9]+", ""))
                .isEqualTo(lastLine(secondOut).replaceAll("events_per_s=[0-9]+", ""));
    }

    @Test
    void aSecondRunIntoTheSameFolderReplacesTheFirst() throws IOException {
        Path target = temp.resolve("out");
        backtest(target);
        byte[] orders = Files.readAllBytes(target.resolve("orders.jsonl"));

        backtest(target);

        assertThat(Files.readAllBytes(target.resolve("orders.jsonl"))).isEqualTo(orders);
        assertThat(temp.toFile().list()).containsExactly("out");
    }

    @Test
    void theResultSaysWhichFillModelItUsed() throws IOException {
        Path target = temp.resolve("trades");

        String out = backtest(target, "--fill-model", "trades", "--queue-model", "conservative", "--pacing", "off",
                "--latency", "0ms", "--latency-jitter", "0ms");

        assertThat(lastLine(out)).matches(SummaryText.LAST_LINE);
        assertThat(out).contains("fill model trades, queue model conservative", "pacing off");
        JsonNode summary = new ObjectMapper().readTree(target.resolve(ResultFolder.SUMMARY).toFile());
        assertThat(summary.get("result").get("fill_model").asText()).isEqualTo("trades");
        assertThat(summary.get("config").get("pacing").asBoolean()).isFalse();
        assertThat(summary.get("config").get("window").get("to").asText()).isEqualTo("2026-03-18T18:05:00.000000000Z");
    }

    private static String backtest(Path target, String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("backtest", "--data", recording.toString(), "--strategy",
                "mid-quoter", "--param", "ticker=" + ConstructedRecording.TICKER, "--param", "spread=0.02", "--seed",
                "11", "--from", "2026-03-18T18:00:00Z", "--to", "2026-03-18T18:05:00Z", "--out", target.toString()));
        args.addAll(List.of(options));
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    private static String lastLine(String out) {
        List<String> lines = out.lines().toList();
        return lines.get(lines.size() - 1);
    }
}
