package dev.kalshisim.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report.html} of a constructed load test folder: its charts, its tables, and what it refuses. */
class LoadtestReportTest {

    private static final String HEADER = "t_s,scenario_s,label,offered_per_s,read_requests_per_s,write_requests_per_s,"
            + "read_tokens_per_s,write_tokens_per_s,read_accepted_per_s,write_accepted_per_s,read_budget_per_s,"
            + "write_budget_per_s,rejections_429_per_s,retries_per_s,pacer_read_level,pacer_write_level,pacer_queued,"
            + "estimated_read_level,estimated_write_level,p50_ms,p99_ms,p99_9_ms";

    @TempDir
    Path temp;

    @Test
    void aFedRunDrawsFiveChartsOnTheReleaseClockWithTheMomentItRanDry() throws IOException {
        Path dir = folder(true, 100);

        String html = Files.readString(LoadtestReport.write(dir));

        for (String chart : new String[] {"write-tokens", "read-tokens", "bucket-level", "latency", "rejections"}) {
            assertThat(html).contains("<figure class=\"chart\" id=\"" + chart + "\">");
        }
        assertThat(html.split("<svg", -1)).hasSize(6);
        assertThat(html).contains("minutes to the release (T = 0)", "ran dry T-14:32", "release",
                "budget: refill 100 / s", "shared pacer, write", "<b>T-14:32</b>");
        // What could not be sent, by kind, as summary.json has it.
        assertThat(html).contains("<tr><td>cancels</td><td class=\"v\">81</td><td class=\"v\">7</td></tr>");
        // Offline: no scripts and no address but the SVG namespace.
        assertThat(html).doesNotContain("<script").doesNotContain("https://");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://");
    }

    @Test
    void aSteadyRunWithoutAPacerDrawsTheEstimatedServerLevelOnlyOnSeconds() throws IOException {
        Path dir = folder(false, 4);

        String html = Files.readString(LoadtestReport.write(dir));

        assertThat(html).contains("seconds since the start", "server, write (estimated)")
                .doesNotContain("shared pacer, write").doesNotContain("minutes to the release");
    }

    @Test
    void aFolderWithoutASummaryOrWithABrokenSeriesIsRefused() throws IOException {
        assertThatThrownBy(() -> LoadtestReport.write(temp)).isInstanceOf(ReportException.class)
                .hasMessageContaining("no summary.json");
        Path dir = folder(true, 10);
        Files.writeString(dir.resolve(LoadtestReport.TIMESERIES), HEADER + "\n1,2,3\n");
        assertThatThrownBy(() -> LoadtestReport.write(dir)).isInstanceOf(ReportException.class)
                .hasMessageContaining("line 2 has 3 fields");
    }

    /** A summary and a time series of {@code rows} samples, fed-announcement or steady. */
    private Path folder(boolean fed, int rows) throws IOException {
        Path dir = temp.resolve(fed ? "fed" : "steady");
        Files.createDirectories(dir);
        String summary = "{\"policy\":\"" + (fed ? "bucket" : "none") + "\",\"scenario\":\"" + (fed ? "fed-announcement"
                : "steady") + "\",\"model\":\"open, peak 50.0/s\",\"tier\":\"basic\",\"clients\":4,"
                + "\"elapsed_seconds\":25.0,\"requests\":300,\"rejections_429\":0,\"rejection_ratio\":0.0,"
                + "\"other_errors\":0,\"retries\":0,\"wait_seconds\":12.5,\"write_tokens_accepted\":2500,"
                + "\"write_budget_tokens\":2600,\"write_refill_per_second\":100,\"write_capacity_tokens\":100,"
                + "\"write_utilization\":0.9615,\"read_tokens_accepted\":100,\"read_budget_tokens\":5400,"
                + "\"read_refill_per_second\":200,\"read_capacity_tokens\":400,\"read_utilization\":0.0185,"
                + "\"duplicates\":0,\"latency_ms\":{\"p50\":1.0,\"p99\":2.0,\"p99_9\":3.0,"
                + "\"measured_from\":\"intended send time\"},\"sustainable_requests_per_second\":10.0,"
                + "\"over_budget_from\":\"T-13:59\",\"ran_dry\":{\"at\":\"T-14:32\",\"scenario_seconds\":-872.0,"
                + "\"kind\":\"creates\",\"definition\":\"first wait for tokens over 1000 ms\"},"
                + "\"could_not_send\":{\"reads\":1,\"creates\":20,\"batch\":0,\"cancels\":7,\"total\":28},"
                + "\"issued\":{\"reads\":10,\"creates\":300,\"batch\":0,\"cancels\":81,\"total\":391},"
                + "\"arrivals\":391,\"arrivals_dropped\":0"
                + (fed ? ",\"timeline\":\"T-20:00 .. T+5:00\",\"scenario_seconds_per_second\":60.0" : "") + "}";
        Files.writeString(dir.resolve(LoadtestReport.SUMMARY), summary, StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= rows; i++) {
            double t = i * 0.25;
            double scenario = fed ? -1200 + t * 60 : t;
            long pacer = fed ? Math.max(0, 100 - i) : -1;
            csv.append(String.format(Locale.ROOT, "%.3f,%.1f,x,%.2f,1.00,%.2f,10.0,%.1f,10.0,%.1f,200,100,%.2f,0.00,"
                    + "400,%d,%d,390.0,%.1f,1.000,2.000,3.000%n", t, scenario, 5.0 + i, 1.0 + i / 10.0, 10.0 + i,
                    Math.min(100.0, 10.0 + i), i > 50 ? 2.0 : 0.0, pacer, i / 2, Math.max(0.0, 100.0 - i)));
        }
        Files.writeString(dir.resolve(LoadtestReport.TIMESERIES), csv.toString(), StandardCharsets.UTF_8);
        return dir;
    }
}
