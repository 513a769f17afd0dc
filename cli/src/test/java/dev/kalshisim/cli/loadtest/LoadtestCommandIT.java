package dev.kalshisim.cli.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loadtest command on its embedded simulator at the basic tier (10 creates a second), with four
 * closed-model clients asking for far more: the shared token bucket draws no 429 while using nearly
 * all of the write budget, and fire-and-forget draws 429s.
 */
class LoadtestCommandIT {

    @TempDir
    Path out;

    @Test
    void theSharedBucketUsesTheWriteBudgetWithoutA429() throws Exception {
        Map<String, String> summary = run("bucket", "3s");

        assertThat(Long.parseLong(summary.get("rejections_429"))).isZero();
        assertThat(Double.parseDouble(summary.get("write_utilization"))).isGreaterThanOrEqualTo(0.9);
        assertThat(Long.parseLong(summary.get("duplicates"))).isZero();
        String json = Files.readString(out.resolve("summary.json"));
        assertThat(json).contains("\"policy\" : \"bucket\"").doesNotContain("\"pacer_write_tokens_granted\" : 0,");
    }

    @Test
    void fireAndForgetDrawsRateLimits() throws Exception {
        Map<String, String> summary = run("none", "2s");

        assertThat(Long.parseLong(summary.get("rejections_429"))).isPositive();
        assertThat(Long.parseLong(summary.get("requests")))
                .isGreaterThan(Long.parseLong(summary.get("rejections_429")));
    }

    @Test
    void theOpenModelKeepsToItsArrivalRate() throws Exception {
        Map<String, String> summary = run("none", "2s", "--rate", "100");

        // 100 arrivals a second for 2 s: never more than the schedule, and far above the write budget.
        assertThat(Long.parseLong(summary.get("requests"))).isBetween(1L, 201L);
        assertThat(Long.parseLong(summary.get("rejections_429"))).isPositive();
    }

    @Test
    void aBadArgumentIsOneLineAndAFailure() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"loadtest", "--policy", "sometimes", "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(code).isNotZero();
        assertThat(err.toString().lines().toList()).hasSize(1).first().asString().contains("--policy");
    }

    private Map<String, String> run(String policy, String duration, String... more) {
        StringWriter stdout = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("loadtest", "--tier", "basic", "--clients", "4",
                "--duration", duration, "--mix", "writes=1", "--policy", policy, "--out", out.toString()));
        args.addAll(List.of(more));
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(stdout), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = stdout.toString().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertThat(last).startsWith("summary: policy=" + policy + " ");
        Map<String, String> fields = new HashMap<>();
        for (String pair : last.substring("summary: ".length()).split(" ")) {
            String[] kv = pair.split("=", 2);
            fields.put(kv[0], kv[1]);
        }
        return fields;
    }
}
