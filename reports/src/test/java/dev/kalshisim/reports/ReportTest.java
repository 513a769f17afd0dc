package dev.kalshisim.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three files {@link Report#write} leaves beside a result, and the folders it refuses. */
class ReportTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/metrics.json");

    @TempDir
    Path temp;

    @Test
    void metricsJsonMatchesTheGoldenFile() throws IOException {
        Path dir = ConstructedResult.write(temp.resolve("run"));
        Report.write(dir);
        String actual = Files.readString(dir.resolve(Report.METRICS));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN));
    }

    @Test
    void metricsAndEquityAreTheSameBytesOnEveryRun() throws IOException {
        Path first = ConstructedResult.write(temp.resolve("first"));
        Path second = ConstructedResult.write(temp.resolve("second"));
        Report.write(first);
        Report.write(second);
        Report.write(second);
        for (String name : List.of(Report.METRICS, Report.EQUITY)) {
            assertThat(Files.readAllBytes(second.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
        assertThat(Files.readString(first.resolve(Report.EQUITY)))
                .startsWith("ts_ns,ts,cash,positions_value,equity,drawdown,inventory\n")
                .contains("99.4000,0.2000,99.6000,0.4000,1.00\n")
                .doesNotContain("\r");
    }

    @Test
    void theHtmlHasOneSvgChartWithDataPerFigureAndNoNetworkReference() throws IOException {
        Path dir = ConstructedResult.write(temp.resolve("run"));
        String html = Files.readString(Report.write(dir), StandardCharsets.UTF_8);

        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
        List<String> svgs = svgs(html);
        // equity, drawdown, position, one market's fills, token buckets
        assertThat(svgs).hasSize(5);
        for (String svg : svgs) {
            assertThat(longestPath(svg)).as("line points in %s", svg.substring(0, 200)).isGreaterThanOrEqualTo(4);
        }
        assertThat(html.replace("xmlns='http://www.w3.org/2000/svg'", "")).doesNotContain("http://", "https://");
        assertThat(html).doesNotContain("<script", "<link", "<img", "@import", "url(http");
        assertThat(html).contains("<td>risk.max_drawdown</td><td class=\"v\">0.4000</td>", "&quot;seed&quot; : 7",
                "Fills in " + ConstructedResult.TICKER);
    }

    @Test
    void aFolderWithoutASummaryIsRefusedInOneLine() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertThatThrownBy(() -> Report.write(empty)).isInstanceOf(ReportException.class)
                .hasMessageStartingWith("not a backtest result (no summary.json)");
        assertThatThrownBy(() -> Report.write(temp.resolve("missing"))).isInstanceOf(ReportException.class)
                .hasMessageStartingWith("not a folder");
    }

    @Test
    void anUnreadableFileIsRefusedInOneLine() throws IOException {
        Path dir = ConstructedResult.write(temp.resolve("run"));
        Files.writeString(dir.resolve("fills.jsonl"), "{\"ts_ns\": 1,\n");
        assertThatThrownBy(() -> Report.write(dir)).isInstanceOf(ReportException.class)
                .hasMessageContaining("fills.jsonl line 1").satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        Files.writeString(dir.resolve("summary.json"), "[]");
        assertThatThrownBy(() -> Report.write(dir)).isInstanceOf(ReportException.class)
                .hasMessageContaining("has no config and result");
    }

    private static List<String> svgs(String html) {
        List<String> svgs = new ArrayList<>();
        Matcher m = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            svgs.add(m.group());
        }
        return svgs;
    }

    /** The most line-to commands in one path of the chart: a drawn series has one per point after the first. */
    private static int longestPath(String svg) {
        int longest = 0;
        // Clip paths (rectangles, in <defs>) are not data.
        String drawn = svg.replaceAll("(?s)<defs>.*?</defs>", "");
        // A series is a stroked, unfilled path; axis labels are glyph outlines in filled groups, whose
        // curves can hold line-to commands too, so they must not count as a drawn line.
        Matcher m = Pattern.compile("<g style='[^']*fill:none[^']*'[^>]*><path d='([^']*)'").matcher(drawn);
        while (m.find()) {
            longest = Math.max(longest, (int) m.group(1).chars().filter(c -> c == 'L').count());
        }
        return longest;
    }
}
