package dev.kalshisim.cli.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Must show": {@code loadtest --tier basic --clients 4 --duration 30s --mix writes=1}
 * under each policy, the three at once (three embedded simulators, one per run), closed model.
 * Basic's write budget is 100 tokens a second, ten creates; fire-and-forget shows the four clients
 * offer at least ten times that. The shared bucket draws no 429 and uses at least 99% of the write
 * budget; fire-and-forget draws 429s; backoff sits between them, with its retries counted. Both
 * tests run alone: they measure the share of the budget used.
 */
@Isolated("it measures the share of the write budget used and the rate the clients offer")
class LoadtestMustShowIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path out;

    @Test
    void theBucketUsesTheBudgetWithoutA429FireAndForgetDrawsThemAndBackoffSitsBetween() throws Exception {
        ExecutorService runs = Executors.newFixedThreadPool(3);
        Map<String, Future<JsonNode>> byPolicy;
        try {
            byPolicy = Map.of("bucket", runs.submit(() -> run("bucket")), "none", runs.submit(() -> run("none")),
                    "backoff", runs.submit(() -> run("backoff")));
            JsonNode bucket = byPolicy.get("bucket").get();
            JsonNode none = byPolicy.get("none").get();
            JsonNode backoff = byPolicy.get("backoff").get();

            // Ten times the write budget offered: fire-and-forget sent at least 100 creates a second.
            assertThat(none.path("requests").asLong() / none.path("elapsed_seconds").asDouble())
                    .isGreaterThanOrEqualTo(10 * 10.0);

            assertThat(bucket.path("rejections_429").asLong()).isZero();
            assertThat(bucket.path("write_utilization").asDouble()).isGreaterThanOrEqualTo(0.99);
            assertThat(bucket.path("duplicates").asLong()).isZero();

            assertThat(none.path("rejections_429").asLong()).isPositive();
            assertThat(none.path("could_not_send").path("creates").asLong())
                    .isEqualTo(none.path("rejections_429").asLong());

            assertThat(backoff.path("retries").asLong()).isPositive();
            assertThat(backoff.path("rejections_429").asLong()).isPositive()
                    .isLessThan(none.path("rejections_429").asLong());
            for (JsonNode run : List.of(bucket, none, backoff)) {
                assertThat(run.path("duplicates").asLong()).isZero();
            }
        } finally {
            runs.shutdownNow();
        }
    }

    @Test
    void theSharedBucketUsesTheWriteBudgetWithoutA429InThreeSeconds() throws Exception {
        JsonNode summary = run("bucket", "3s");

        assertThat(summary.path("rejections_429").asLong()).isZero();
        assertThat(summary.path("write_utilization").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(summary.path("duplicates").asLong()).isZero();
        assertThat(summary.path("pacer_write_tokens_granted").asLong()).isPositive();
    }

    private JsonNode run(String policy) throws Exception {
        return run(policy, "30s");
    }

    private JsonNode run(String policy, String duration) throws Exception {
        Path dir = out.resolve(policy + "-" + duration);
        StringWriter stdout = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"loadtest", "--tier", "basic", "--clients", "4", "--duration", duration,
            "--mix", "writes=1", "--policy", policy, "--out", dir.toString()},
                new PrintWriter(stdout), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = stdout.toString().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("summary: policy=" + policy + " write_utilization=");
        return JSON.readTree(dir.resolve("summary.json").toFile());
    }
}
