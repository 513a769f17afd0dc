package dev.kalshisim.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kalshi-sim report DIR}: the report of a result, and one line for a folder that is not one. */
class ReportCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void rebuildsTheReportOfAResult() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("result"));
        Files.writeString(dir.resolve("summary.json"), """
                {"format": "kalshi-sim backtest result 1",
                 "config": {"data": "sample:x", "strategy": "noop", "seed": 3, "tier": "basic", "balance": "50.0000",
                            "recording": {"first_ns": 0, "last_ns": 7200000000000},
                            "window": {"from_ns": null, "to_ns": null}},
                 "result": {"pnl": "0.0000", "fees": "0.0000", "rejections_429": 0}}
                """);
        for (String table : new String[] {"orders", "fills", "positions", "cash", "tokens", "settlements"}) {
            Files.writeString(dir.resolve(table + ".jsonl"), "");
        }

        assertThat(run("report", dir.toString())).isZero();

        assertThat(out.toString()).isEqualTo("report     " + dir.resolve("report.html") + "\n");
        assertThat(err.toString()).isEmpty();
        assertThat(dir.resolve("metrics.json")).content().contains("\"starting_balance\" : \"50.0000\"");
        assertThat(dir.resolve("equity.csv")).content().hasLineCount(1 + 121);
        assertThat(dir.resolve("report.html")).content().contains("<svg", "seed 3");
    }

    @Test
    void aFolderWithoutASummaryIsOneLineAndAFailure() throws IOException {
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "x");

        assertThat(run("report", notes.toString())).isEqualTo(1);

        assertThat(err.toString()).isEqualTo("kalshi-sim: not a backtest or sweep result (no summary.json or sweep.json): "
                + notes + "\n");
        assertThat(notes.toFile().list()).containsExactly("todo.txt");
    }

    @Test
    void aMissingFolderIsOneLineAndAFailure() {
        assertThat(run("report", temp.resolve("nowhere").toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("kalshi-sim: not a folder: " + temp.resolve("nowhere") + "\n");
    }

    @Test
    void anUnreadableSummaryIsOneLineAndAFailure() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(dir.resolve("summary.json"), "{\"config\": ");

        assertThat(run("report", dir.toString())).isEqualTo(1);

        assertThat(err.toString()).startsWith("kalshi-sim: unreadable ").contains("summary.json").hasLineCount(1);
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
