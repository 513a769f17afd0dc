package dev.kalshisim.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** {@code comparison.html} of a constructed eight-run sweep, and the folders it refuses. */
class ComparisonReportTest {

    @TempDir
    Path temp;

    @Test
    void everyRunIsOneRowInRankOrderWithItsParametersAndFigures() throws IOException {
        String html = html(ConstructedSweep.write(temp.resolve("sweep")));

        List<String> rows = rows(html);
        assertThat(rows).hasSize(8);
        List<String> order = new ArrayList<>();
        for (String row : rows) {
            Matcher run = Pattern.compile("<a href=\"(run-[0-9]{3})/report.html\">").matcher(row);
            assertThat(run.find()).as(row).isTrue();
            order.add(run.group(1));
        }
        assertThat(order).isEqualTo(ConstructedSweep.RANKED);
        // run-006 is spread 0.06, size 2: its grid values, its exact P&L, and figures from its metrics.json.
        assertThat(rows.get(0)).startsWith("<tr data-rank=\"1\"><td class=\"v\" data-v=\"1\">1</td>")
                .contains("<td class=\"v\" data-v=\"0.06\">0.06</td><td class=\"v\" data-v=\"2\">2</td>"
                        + "<td class=\"v\" data-v=\"1.2500\">1.2500</td>")
                .contains("<td class=\"v\" data-v=\"0.4000\">0.4000</td>", "<td class=\"v\" data-v=\"0.4\">40.00%</td>");
        assertThat(rows.get(7)).contains("data-v=\"-0.2000\">-0.2000</td>");
        assertThat(html).contains("<th title=\"grid parameter spread\" data-first=\"asc\">spread</th>",
                "<td>grid spread</td><td>0.02, 0.04, 0.06, 0.08</td>", "<td>fixed ticker</td><td>"
                        + ConstructedResult.TICKER + "</td>", "<td>seed</td><td>7</td>", "&quot;fill_model&quot; : &quot;l2&quot;");
    }

    @Test
    void theChartHasOneLinePerBestRunWithItsPointsAndAKeyNamingIt() throws IOException {
        String html = html(ConstructedSweep.write(temp.resolve("sweep")));

        List<String> svgs = matches(html, "<svg.*?</svg>");
        assertThat(svgs).hasSize(1);
        List<Integer> lines = seriesPoints(svgs.get(0));
        assertThat(lines).hasSize(ComparisonReport.BEST);
        // 181 per-minute samples: every one is a point of its line.
        assertThat(lines).allSatisfy(points -> assertThat(points).isGreaterThanOrEqualTo(180));
        for (int i = 0; i < ComparisonReport.BEST; i++) {
            java.awt.Color color = ComparisonChart.COLORS.get(i);
            assertThat(svgs.get(0)).contains("rgb(" + color.getRed() + "," + color.getGreen() + "," + color.getBlue() + ")");
        }
        List<String> key = matches(html, "<li><span class=\"swatch\".*?</li>");
        assertThat(key).hasSize(ComparisonReport.BEST);
        assertThat(key.get(0)).contains("background:#0072B2", "run-006/report.html\">run-006</a> spread=0.06 size=2: "
                + "P&amp;L 1.2500");
        assertThat(key.get(4)).contains("run-001</a> spread=0.02 size=1");
    }

    @Test
    void theSortScriptIsInlineAndThePageReferencesNothingOutside() throws IOException {
        String html = html(ConstructedSweep.write(temp.resolve("sweep")));

        assertThat(matches(html, "<script[^>]*>")).containsExactly("<script>");
        assertThat(html).contains("addEventListener('click'", "getElementById('runs')", "data-first=\"desc\">P&amp;L ($)</th>",
                "aria-sort=\"ascending\">#</th>", "<p id=\"sort-hint\" hidden>");
        // The SVG's namespace and its clip paths (url(#id), inside the page) are the only URL-like text.
        assertThat(html.replace("xmlns='http://www.w3.org/2000/svg'", "").replaceAll("url\\(#[-a-z0-9]+\\)", ""))
                .doesNotContain("http:", "https:", "//cdn", "@import", "<link", "<img", "<iframe", "url(", "src=");
        // The only links are to the runs' own reports, beside the comparison.
        assertThat(matches(html, "href=\"[^\"]*\"")).allMatch(href -> href.matches("href=\"run-00[1-8]/report.html\""));
    }

    @Test
    void theSameSweepGivesTheSameBytesAndARebuildFromSweepJsonToo() throws IOException {
        Path first = ConstructedSweep.write(temp.resolve("first"));
        Path second = ConstructedSweep.write(temp.resolve("elsewhere").resolve("second"));
        byte[] written = Files.readAllBytes(ComparisonReport.write(first, ConstructedSweep.setup()));

        assertThat(Files.readAllBytes(ComparisonReport.write(second, ConstructedSweep.setup()))).isEqualTo(written);
        assertThat(ComparisonReport.isSweep(first)).isTrue();
        assertThat(Files.readAllBytes(ComparisonReport.rebuild(first))).isEqualTo(written);
        assertThat(new String(written, StandardCharsets.UTF_8)).doesNotContain("\r", temp.toString());
    }

    @Test
    void aFolderWithoutRunsOrARunWithoutMetricsIsRefusedInOneLine() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertThatThrownBy(() -> ComparisonReport.write(empty, ConstructedSweep.setup()))
                .isInstanceOf(ReportException.class).hasMessageStartingWith("not a sweep result (no run-NNN folders)");
        assertThatThrownBy(() -> ComparisonReport.rebuild(empty)).isInstanceOf(ReportException.class)
                .hasMessageStartingWith("not a sweep result (no sweep.json)");

        Path sweep = ConstructedSweep.write(temp.resolve("sweep"));
        Files.delete(sweep.resolve("run-003").resolve(Report.METRICS));
        assertThatThrownBy(() -> ComparisonReport.write(sweep, ConstructedSweep.setup()))
                .isInstanceOf(ReportException.class).hasMessageStartingWith("not a complete sweep (no metrics.json in run-003)");
        Files.writeString(sweep.resolve(SweepSetup.SWEEP_JSON), "{\"strategy\": ");
        assertThatThrownBy(() -> ComparisonReport.rebuild(sweep)).isInstanceOf(ReportException.class)
                .hasMessageContaining("sweep.json").satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private static String html(Path sweep) throws IOException {
        return Files.readString(ComparisonReport.write(sweep, ConstructedSweep.setup()), StandardCharsets.UTF_8);
    }

    private static List<String> rows(String html) {
        String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        return matches(body, "<tr data-rank.*?</tr>");
    }

    /** Line-to commands of each drawn series: a stroked, unfilled path, one L per point after the first. */
    private static List<Integer> seriesPoints(String svg) {
        String drawn = svg.replaceAll("(?s)<defs>.*?</defs>", "");
        List<Integer> counts = new ArrayList<>();
        Matcher m = Pattern.compile("<g style='[^']*fill:none[^']*'[^>]*><path d='([^']*)'").matcher(drawn);
        while (m.find()) {
            int points = (int) m.group(1).chars().filter(c -> c == 'L').count();
            if (points >= 2) {
                counts.add(points);
            }
        }
        return counts;
    }

    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
