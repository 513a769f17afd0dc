package dev.kalshisim.cli.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.reports.Report;
import dev.kalshisim.sim.backtest.BacktestConfig;
import dev.kalshisim.sim.backtest.BacktestEntry;
import dev.kalshisim.sim.backtest.BacktestJournal;
import dev.kalshisim.sim.backtest.BacktestProgress;
import dev.kalshisim.sim.backtest.BacktestResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command's side of a run, with a scripted backtest in place of the engine: what it hands the
 * backtest, the files it leaves, the summary it prints, and what a failure leaves (nothing).
 */
class BacktestOutputTest {

    private static final long T = ConstructedRecording.T0;

    @TempDir
    static Path shared;

    private static Path recording;

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void record() {
        recording = ConstructedRecording.write(shared.resolve("recording"));
    }

    @Test
    void theDefaultsAreThoseOfTheBacktestAndTheOptionsReachIt() {
        AtomicReference<BacktestConfig> seen = new AtomicReference<>();
        Path target = temp.resolve("out");

        assertThat(run(scripted(seen), "--out", target.toString())).isZero();

        BacktestConfig config = seen.get();
        BacktestConfig defaults = BacktestConfig.defaults(config.log(), config.strategy(), "mid-quoter");
        assertThat(config).usingRecursiveComparison().ignoringFields("parameters", "manifest").isEqualTo(defaults);
        assertThat(config.manifest()).as("the recording's manifest goes to the backtest").isNotNull();
        assertThat(config.parameters().asMap()).containsExactly(Map.entry("ticker", ConstructedRecording.TICKER));

        assertThat(run(scripted(seen), "--out", target.toString(), "--seed", "7", "--tier", "premier", "--fill-model",
                "trades", "--queue-model", "optimistic", "--latency", "5ms", "--latency-jitter", "0ms", "--pacing",
                "off", "--from", "2026-03-18T18:01:00Z", "--to", "2026-03-18T18:02:00")).isZero();
        config = seen.get();
        assertThat(config.seed()).isEqualTo(7);
        assertThat(config.tier().wire()).isEqualTo("premier");
        assertThat(config.fillModel()).isEqualTo("trades");
        assertThat(config.queueModel()).isEqualTo("optimistic");
        assertThat(config.latency()).isEqualTo(BacktestConfig.Latency.uniform(5_000_000L, 0));
        assertThat(config.pacing()).isFalse();
        assertThat(config.fromNanos()).isEqualTo(T + 60 * ConstructedRecording.SECOND);
        assertThat(config.toNanos()).isEqualTo(T + 120 * ConstructedRecording.SECOND);
    }

    @Test
    void writesTheFilesAndTheSummaryAndPrintsTheContractLineLast() throws IOException {
        Path target = temp.resolve("out");

        assertThat(run(scripted(new AtomicReference<>()), "--out", target.toString())).isZero();

        List<String> expected = new ArrayList<>(ResultFiles.fileNames());
        expected.addAll(List.of(ResultFolder.SUMMARY, Report.METRICS, Report.EQUITY, Report.HTML));
        assertThat(new TreeSet<>(List.of(target.toFile().list()))).isEqualTo(new TreeSet<>(expected));
        assertThat(Files.readAllLines(target.resolve("fills.csv"))).hasSize(2);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(lines.size() - 2)).isEqualTo("report     " + target.resolve(Report.HTML));
        assertThat(lines.get(lines.size() - 1)).isEqualTo(
                "summary: pnl=-0.5000 fees=0.0100 orders=1 fills=1 rejections_429=1 events=1801 events_per_s=900");
        assertThat(lines.get(lines.size() - 1)).matches(SummaryText.LAST_LINE);
        assertThat(out.toString()).contains("pnl        -0.5000 (fees 0.0100)",
                "orders     1 accepted, 1 fills, 2 rejections (1 answered 429)",
                "tokens     30 spent (read 10, write 20); 1 waits (40ms waiting)",
                "events     1,801 (3,604 records) at 900 events/s",
                "fill model l2, queue model probabilistic");

        JsonNode summary = new ObjectMapper().readTree(target.resolve(ResultFolder.SUMMARY).toFile());
        assertThat(summary.get("format").asText()).isEqualTo(SummaryFile.FORMAT);
        JsonNode config = summary.get("config");
        assertThat(config.get("data").asText()).isEqualTo(recording.toString());
        assertThat(config.get("strategy").asText()).isEqualTo("mid-quoter");
        assertThat(config.get("params").get("ticker").asText()).isEqualTo(ConstructedRecording.TICKER);
        assertThat(config.get("latency").get("market_data_jitter_ns").asLong()).isEqualTo(10_000_000L);
        assertThat(config.get("window").get("from").isNull()).isTrue();
        assertThat(config.get("recording").get("first").asText()).isEqualTo("2026-03-18T18:00:00.000000000Z");
        JsonNode result = summary.get("result");
        assertThat(result.get("pnl").asText()).isEqualTo("-0.5000");
        assertThat(result.get("fill_model").asText()).isEqualTo("l2");
        assertThat(result.get("rejections_429").asLong()).isEqualTo(1);
        assertThat(result.get("waits").asLong()).isEqualTo(1);
        assertThat(result.get("tokens_by_endpoint").get("POST /portfolio/orders").asLong()).isEqualTo(20);
        assertThat(summary.get("rows").get("tokens").asLong()).isEqualTo(2);
        // Nothing measured on the wall clock: the same run must give the same bytes.
        assertThat(Files.readString(target.resolve(ResultFolder.SUMMARY))).doesNotContain("elapsed", "per_s", "900");
    }

    @Test
    void aFailedRunLeavesThePreviousResultAsItWasAndNoHalfResult() throws IOException {
        Path target = temp.resolve("out");
        assertThat(run(scripted(new AtomicReference<>()), "--out", target.toString())).isZero();
        byte[] before = Files.readAllBytes(target.resolve(ResultFolder.SUMMARY));

        BacktestCommand.Runner failing = (config, journal, progress) -> {
            journal.record(new BacktestEntry.Tokens(T, "write", "POST /portfolio/orders", 10, 0, false));
            throw new IllegalStateException("the engine broke half-way");
        };
        assertThat(run(failing, "--out", target.toString())).isNotZero();

        assertThat(Files.readAllBytes(target.resolve(ResultFolder.SUMMARY))).isEqualTo(before);
        assertThat(temp.toFile().list()).containsExactly("out");

        Path fresh = temp.resolve("fresh");
        assertThat(run(failing, "--out", fresh.toString())).isNotZero();
        assertThat(fresh).doesNotExist();
        assertThat(temp.toFile().list()).containsExactly("out");
    }

    /** A backtest that records one entry of each kind and returns fixed figures. */
    private static BacktestCommand.Runner scripted(AtomicReference<BacktestConfig> seen) {
        return (BacktestConfig config, BacktestJournal journal, BacktestProgress progress) -> {
            seen.set(config);
            progress.progress(1, 2, 1, 1);
            String ticker = ConstructedRecording.TICKER;
            journal.record(new BacktestEntry.Tokens(T, "read", "GET /portfolio/balance", 10, 0, false));
            journal.record(new BacktestEntry.Tokens(T + 1, "write", "POST /portfolio/orders", 20, 40_000_000L, true));
            journal.record(new BacktestEntry.OrderChange(T + 2, "o-1", "bt-1", ticker, "bid", Price.ofCents(50),
                    Count.ofContracts(1), Count.ZERO, Count.ofContracts(1), "resting", null));
            journal.record(new BacktestEntry.Fill(T + 3, "tr-1", "o-1", ticker, "bid", Price.ofCents(50),
                    Count.ofContracts(1), false, Money.ofCents(1), Count.ofContracts(1)));
            journal.record(new BacktestEntry.Rejection(T + 4, "bt-2", ticker, "POST /portfolio/orders",
                    "too_many_requests", 429, 40_000_000L, "too many requests"));
            journal.finish(null);
            return new BacktestResult(config.fillModel(), config.queueModel(), Money.parse("-0.5"), Money.ofCents(1),
                    1, 1, 2, 1, 40_000_000L, Map.of("write", 20L, "read", 10L),
                    Map.of("POST /portfolio/orders", 20L, "GET /portfolio/balance", 10L), 1801, 3604,
                    2_001_000_000L, null, 0, 0);
        };
    }

    private int run(BacktestCommand.Runner runner, String... options) {
        List<String> args = new ArrayList<>(List.of("--data", recording.toString(), "--strategy", "mid-quoter",
                "--param", "ticker=" + ConstructedRecording.TICKER));
        args.addAll(List.of(options));
        CommandLine commandLine = new CommandLine(new BacktestCommand(runner));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> 1);
        return commandLine.execute(args.toArray(String[]::new));
    }
}
