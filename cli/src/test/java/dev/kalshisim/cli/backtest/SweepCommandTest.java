package dev.kalshisim.cli.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.cli.Main;
import dev.kalshisim.reports.ComparisonReport;
import dev.kalshisim.reports.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep end to end on the real backtest, in process: eight parameter sets of the quoting
 * strategy over a small constructed recording, on one thread and on two, list every set (in
 * comparison.csv and the comparison report) and give the same bytes; {@code report DIR} rebuilds a
 * sweep's reports; bad grids and folders are one line and a non-zero exit.
 */
class SweepCommandTest {

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
    void eightParameterSetsRunAndTheComparisonListsThemAllTheSameOnOneThreadOrTwo() throws IOException {
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");

        Outcome first = sweep(one, "--parallel", "1");
        Outcome second = sweep(two, "--parallel", "2");

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(second.code()).as(second.err()).isZero();
        List<String> rows = Files.readAllLines(one.resolve(SweepComparison.CSV));
        assertThat(rows).hasSize(9);
        assertThat(rows.get(0)).startsWith("run,spread,size,pnl,fees,orders,fills");
        assertThat(rows.get(1)).startsWith("run-001,0.02,1,");
        assertThat(rows.get(8)).startsWith("run-008,0.08,2,");
        for (int run = 1; run <= 8; run++) {
            assertThat(one.resolve(String.format("run-%03d", run)).resolve(ResultFolder.SUMMARY)).exists();
        }
        assertThat(Files.readAllBytes(two.resolve(SweepComparison.CSV)))
                .isEqualTo(Files.readAllBytes(one.resolve(SweepComparison.CSV)));
        assertThat(Files.readAllBytes(two.resolve(ResultFolder.SWEEP)))
                .isEqualTo(Files.readAllBytes(one.resolve(ResultFolder.SWEEP)));
        List<String> lines = first.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches("sweep: runs=8 best=run-00[1-8] pnl=-?[0-9]+\\.[0-9]{4,6}");
        assertThat(lines.get(lines.size() - 2)).isEqualTo("report     " + one.resolve(ComparisonReport.HTML));

        // The comparison report lists all eight runs, each once, with its grid values, best first.
        String html = Files.readString(one.resolve(ComparisonReport.HTML));
        List<String> listed = new ArrayList<>();
        Matcher row = Pattern.compile("<tr data-rank=\"[0-9]+\"><td[^>]*>[0-9]+</td><td[^>]*><a href=\"(run-00[1-8])/"
                + "report.html\">run-00[1-8]</a></td><td class=\"v\" data-v=\"(0\\.0[2468])\">").matcher(html);
        while (row.find()) {
            listed.add(row.group(1));
        }
        assertThat(listed).hasSize(8).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder("run-001", "run-002", "run-003", "run-004", "run-005", "run-006", "run-007",
                        "run-008");
        String best = lines.get(lines.size() - 1).replaceAll(".* best=(run-[0-9]{3}) .*", "$1");
        assertThat(listed.get(0)).isEqualTo(best);
        assertThat(html).contains("<td>grid spread</td><td>0.02, 0.04, 0.06, 0.08</td>", "<td>grid size</td><td>1, 2</td>",
                "<td>seed</td><td>11</td>", "<svg");
        assertThat(Files.readAllBytes(two.resolve(ComparisonReport.HTML)))
                .isEqualTo(Files.readAllBytes(one.resolve(ComparisonReport.HTML)));
    }

    @Test
    void reportOnASweepFolderRebuildsTheSameComparisonAndEveryRunsReport() throws IOException {
        Path target = temp.resolve("rebuilt");
        assertThat(sweep(target).code()).isZero();
        byte[] comparison = Files.readAllBytes(target.resolve(ComparisonReport.HTML));
        byte[] runReport = Files.readAllBytes(target.resolve("run-003").resolve(Report.HTML));
        Files.delete(target.resolve(ComparisonReport.HTML));
        Files.delete(target.resolve("run-003").resolve(Report.HTML));
        Files.delete(target.resolve("run-003").resolve(Report.METRICS));

        Outcome rebuilt = run(List.of("report", target.toString()));

        assertThat(rebuilt.code()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.out()).isEqualTo("report     " + target.resolve(ComparisonReport.HTML) + "\n");
        assertThat(Files.readAllBytes(target.resolve(ComparisonReport.HTML))).isEqualTo(comparison);
        assertThat(Files.readAllBytes(target.resolve("run-003").resolve(Report.HTML))).isEqualTo(runReport);
        assertThat(target.resolve("run-003").resolve(Report.METRICS)).exists();
    }

    @Test
    void aSecondSweepIntoTheSameFolderReplacesTheFirst() throws IOException {
        Path target = temp.resolve("again");
        assertThat(sweep(target).code()).isZero();
        byte[] comparison = Files.readAllBytes(target.resolve(SweepComparison.CSV));

        assertThat(sweep(target).code()).isZero();

        assertThat(Files.readAllBytes(target.resolve(SweepComparison.CSV))).isEqualTo(comparison);
        assertThat(temp.toFile().list()).containsExactly("again");
    }

    @Test
    void badGridsParametersAndFoldersAreOneLineAndANonZeroExit() throws IOException {
        Path foreign = temp.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "mine");

        for (List<String> bad : List.of(
                List.of("--grid", "spread"),
                List.of("--grid", "spread=0.02,,0.04"),
                List.of("--grid", "spread=0.02", "--grid", "spread=0.04"),
                List.of("--grid", "spread=-1"),
                List.of("--grid", "nonsense=1,2"),
                List.of("--grid", "spread=0.02", "--parallel", "0"))) {
            List<String> args = new ArrayList<>(List.of("sweep", "--data", recording.toString(), "--strategy",
                    "mid-quoter", "--param", "ticker=" + ConstructedRecording.TICKER, "--out",
                    temp.resolve("bad").toString()));
            args.addAll(bad);
            Outcome outcome = run(args);
            assertThat(outcome.code()).as(bad.toString()).isNotZero();
            assertThat(outcome.err().strip().lines().count()).as(outcome.err()).isEqualTo(1);
            assertThat(temp.resolve("bad")).as("nothing written for " + bad).doesNotExist();
        }

        Outcome refused = sweep(foreign);
        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("holds no sweep result");
        assertThat(foreign.toFile().list()).containsExactly("notes.txt");
    }

    private Outcome sweep(Path target, String... options) {
        List<String> args = new ArrayList<>(List.of("sweep", "--data", recording.toString(), "--strategy",
                "mid-quoter", "--param", "ticker=" + ConstructedRecording.TICKER, "--grid", "spread=0.02,0.04,0.06,0.08",
                "--grid", "size=1,2", "--seed", "11", "--from", "2026-03-18T18:00:00Z", "--to",
                "2026-03-18T18:05:00Z", "--out", target.toString()));
        args.addAll(List.of(options));
        return run(args);
    }

    private static Outcome run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    private record Outcome(int code, String out, String err) {
    }
}
