package dev.kalshisim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job agrees with the local pool: one sweep of eight parameter sets of the market maker
 * on {@code sample:fed-decision} (an hour around the announcement), run by {@code kalshi-sim sweep}
 * on two threads and by the job jar submitted to Spark in local mode on two cores, gives the same
 * comparison, the same {@code sweep.json}, the same last line and the same files in every run
 * folder, byte for byte.
 *
 * <p>The job is submitted as {@code spark-submit} does it: a JVM with Spark's module options and
 * only Spark (and what Spark needs, Spark's own Jackson included) on its class path, running
 * {@code SparkSubmit} with the shaded jar, which must bring everything else of this project itself.
 */
class SparkSweepIT {

    /** The sweep both ways run: 4 spreads x 2 sizes, one hour of the sample with the 18:00Z statement. */
    private static final List<String> SWEEP = List.of("--data", "sample:fed-decision", "--strategy", "market-maker",
            "--grid", "spread=0.02,0.04,0.06,0.08", "--grid", "size=1,5", "--seed", "7",
            "--from", "2026-03-18T17:30:00Z", "--to", "2026-03-18T18:30:00Z");

    @TempDir
    Path temp;

    @Test
    void theJobInSparkLocalModeWritesTheSameSweepAsTheLocalPool() throws Exception {
        Path local = temp.resolve("local");
        Path spark = temp.resolve("spark");

        List<String> pool = new ArrayList<>(List.of("sweep"));
        pool.addAll(SWEEP);
        pool.addAll(List.of("--parallel", "2", "--out", local.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(pool.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();

        Submitted job = submit(spark);
        assertThat(job.code()).as(job.log()).isZero();

        List<String> rows = Files.readAllLines(local.resolve("comparison.csv"));
        assertThat(rows).hasSize(9);
        assertThat(rows.get(1)).startsWith("run-001,0.02,1,");
        assertThat(rows.get(8)).startsWith("run-008,0.08,5,");
        assertThat(Files.readAllBytes(spark.resolve("comparison.csv")))
                .isEqualTo(Files.readAllBytes(local.resolve("comparison.csv")));
        assertThat(Files.readAllBytes(spark.resolve("sweep.json")))
                .isEqualTo(Files.readAllBytes(local.resolve("sweep.json")));
        assertThat(lastLine(job.stdout())).isEqualTo(lastLine(out.toString()))
                .matches("sweep: runs=8 best=run-00[1-8] pnl=-?[0-9]+\\.[0-9]{4,6}");
        assertThat(job.stdout()).contains("one Spark task each on local[2]");

        List<Path> files = files(local);
        assertThat(files).contains(Path.of("run-008", "summary.json")).isEqualTo(files(spark));
        for (Path file : files) {
            assertThat(Files.readAllBytes(spark.resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(local.resolve(file)));
        }
    }

    /** {@code spark-submit --class ... --master local[2] kalshi-sim-spark.jar SWEEP --out DIR}, without the script. */
    private Submitted submit(Path out) throws IOException, InterruptedException {
        String jar = System.getProperty("kalshisim.spark.jar");
        StringBuilder classpath = new StringBuilder(
                Files.readString(Path.of(System.getProperty("kalshisim.spark.classpath"))).strip());
        try (Stream<Path> jackson = Files.list(Path.of(System.getProperty("kalshisim.spark.jackson")))) {
            jackson.sorted().forEach(file -> classpath.append(java.io.File.pathSeparator).append(file));
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        // The options Spark's launcher gives every JVM it starts on Java 17.
        command.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptionArray()));
        command.addAll(List.of("-cp", classpath.toString(), "org.apache.spark.deploy.SparkSubmit",
                "--class", SparkSweep.class.getName(), "--master", "local[2]",
                // Loopback only, no web UI: a test opens no port beyond this machine.
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.log.level=WARN",
                "--conf", "spark.local.dir=" + temp.resolve("spark-local"),
                jar));
        command.addAll(SWEEP);
        command.addAll(List.of("--out", out.toString()));
        Path stdout = temp.resolve("job.out");
        Path stderr = temp.resolve("job.err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!process.waitFor(400, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the Spark job did not finish in 400 s:\n" + Files.readString(stderr));
        }
        return new Submitted(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    /** Every file under {@code dir}, relative, sorted. */
    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    private record Submitted(int code, String stdout, String stderr) {
        String log() {
            return "stdout:\n" + stdout + "\nstderr:\n" + stderr;
        }
    }
}
