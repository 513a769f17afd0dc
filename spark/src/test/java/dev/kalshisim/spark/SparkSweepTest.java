package dev.kalshisim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job's command line refuses what {@code sweep} refuses, in one line and a non-zero exit,
 * on the driver and before any Spark context exists: options, grids, parameters, data, folders.
 */
class SparkSweepTest {

    @TempDir
    Path temp;

    @Test
    void badArgumentsAreOneLineAndANonZeroExitBeforeSparkStarts() throws IOException {
        Path foreign = temp.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        Path out = temp.resolve("out");

        for (List<String> bad : List.of(
                List.of("--data", "sample:fed-decision", "--strategy", "market-maker", "--out", out.toString()),
                List.of("--data", "sample:fed-decision", "--strategy", "market-maker", "--grid", "spread=0.02",
                        "--parallel", "2", "--out", out.toString()),
                List.of("--data", "sample:fed-decision", "--strategy", "market-maker", "--grid", "spread=0.02,,0.04",
                        "--out", out.toString()),
                List.of("--data", "sample:fed-decision", "--strategy", "market-maker", "--grid", "nonsense=1,2",
                        "--out", out.toString()),
                List.of("--data", "sample:fed-decision", "--strategy", "no-such-strategy", "--grid", "spread=0.02",
                        "--out", out.toString()),
                List.of("--data", "sample:no-such-sample", "--strategy", "market-maker", "--grid", "spread=0.02",
                        "--out", out.toString()),
                List.of("--data", temp.resolve("missing").toString(), "--strategy", "market-maker", "--grid",
                        "spread=0.02", "--out", out.toString()),
                List.of("--data", "sample:fed-decision", "--strategy", "market-maker", "--grid", "spread=0.02",
                        "--from", "2026-03-18T18:00:00Z", "--to", "2026-03-18T17:00:00Z", "--out", out.toString()),
                List.of("--data", "sample:fed-decision", "--strategy", "market-maker", "--grid", "spread=0.02",
                        "--out", foreign.toString()))) {
            StringWriter stdout = new StringWriter();
            StringWriter err = new StringWriter();
            int code = SparkSweep.run(new ArrayList<>(bad).toArray(String[]::new), new PrintWriter(stdout, true),
                    new PrintWriter(err, true));
            assertThat(code).as(bad.toString()).isNotZero();
            assertThat(err.toString().strip().lines().toList()).as(bad + ": " + err).hasSize(1)
                    .allSatisfy(line -> assertThat(line).startsWith("kalshi-sim: "));
            assertThat(out).as("nothing written for " + bad).doesNotExist();
        }
        assertThat(foreign.toFile().list()).containsExactly("notes.txt");
    }
}
