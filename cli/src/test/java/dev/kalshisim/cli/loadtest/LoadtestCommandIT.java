package dev.kalshisim.cli.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loadtest command on its embedded simulator at the basic tier (10 creates a second), with four
 * clients asking for far more: fire-and-forget draws 429s, the open model keeps to its rate, a Fed
 * announcement shows when each policy ran dry and what it could not send, the report has its
 * charts. What measures the share of the budget used runs alone, in {@link LoadtestMustShowIT}.
 */
class LoadtestCommandIT {

    @TempDir
    Path out;

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
    void aFedAnnouncementShowsWhenEachPolicyRanDryAndWhatItCouldNotSend() throws Exception {
        ExecutorService runs = Executors.newFixedThreadPool(2);
        try {
            Future<JsonNode> none = runs.submit(() -> fed("none"));
            Future<JsonNode> bucket = runs.submit(() -> fed("bucket"));
            for (JsonNode summary : List.of(none.get(), bucket.get())) {
                assertThat(summary.path("scenario").asText()).isEqualTo("fed-announcement");
                assertThat(summary.path("timeline").asText()).isEqualTo("T-20:00 .. T+5:00");
                // Five times the sustainable rate at the peak, a tenth of that at the start: it runs dry.
                assertThat(summary.path("ran_dry").path("at").asText()).matches("T[-+]\\d+:\\d\\d");
                JsonNode notSent = summary.path("could_not_send");
                assertThat(notSent.path("total").asLong()).isPositive().isEqualTo(notSent.path("creates").asLong()
                        + notSent.path("cancels").asLong() + notSent.path("batch").asLong()
                        + notSent.path("reads").asLong());
                assertThat(summary.path("issued").path("cancels").asLong()).isPositive();
                assertThat(summary.path("market_activity").asText()).contains("KXFEDDECISION");
            }
            JsonNode fireAndForget = none.get();
            // What it could not send: its 429ed requests, and any whose turn came after the end.
            assertThat(fireAndForget.path("could_not_send").path("total").asLong())
                    .isGreaterThanOrEqualTo(fireAndForget.path("rejections_429").asLong());
            assertThat(bucket.get().path("rejections_429").asLong()).isZero();
        } finally {
            runs.shutdownNow();
        }
    }

    @Test
    void theReportHasItsChartsAndTheTimeSeriesItsRows() throws Exception {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"loadtest", "--tier", "basic", "--clients", "2", "--duration", "2s",
            "--mix", "reads=1,writes=1", "--policy", "bucket", "--rate", "50", "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();

        String html = Files.readString(out.resolve("report.html"));
        for (String chart : List.of("write-tokens", "read-tokens", "bucket-level", "latency", "rejections")) {
            assertThat(html).contains("<figure class=\"chart\" id=\"" + chart + "\">");
        }
        assertThat(html.split("<svg", -1)).hasSize(6);
        assertThat(html).contains("shared pacer, write").contains("could not send").doesNotContain("<script");
        List<String> series = Files.readAllLines(out.resolve("timeseries.csv"));
        assertThat(series.get(0)).startsWith("t_s,scenario_s,label,offered_per_s,");
        // A sample every 250 ms over 2 s.
        assertThat(series).hasSizeBetween(6, 10);
    }

    @Test
    void anUnknownScenarioIsOneLineAndAFailure() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"loadtest", "--policy", "none", "--scenario", "panic", "--out",
            out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(code).isNotZero();
        assertThat(err.toString().lines().toList()).hasSize(1).first().asString().contains("--scenario 'panic'");
    }

    private JsonNode fed(String policy) throws Exception {
        Path dir = out.resolve("fed-" + policy);
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"loadtest", "--tier", "basic", "--clients", "4", "--duration", "6s",
            "--mix", "reads=2,writes=2,cancels=1", "--policy", policy, "--scenario", "fed-announcement", "--out",
            dir.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        return new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
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
