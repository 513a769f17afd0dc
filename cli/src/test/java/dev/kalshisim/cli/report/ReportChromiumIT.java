package dev.kalshisim.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.cli.Main;
import dev.kalshisim.cli.backtest.ConstructedRecording;
import dev.kalshisim.reports.ComparisonReport;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backtest's HTML report as a browser draws it: a real backtest (the mid-quoter over a small
 * constructed recording, its ten minutes, filling against its trades so every chart has data)
 * writes {@code report.html}, and headless Chromium opens it from a file:// URL with background
 * networking off.
 *
 * <ul>
 *   <li>Every chart drew: {@code --dump-dom} prints the DOM after load; it holds one {@code <svg>}
 *       per chart (equity, drawdown, position, one per market with fills, token buckets), each with a path of many
 *       line-to points, the same measure the reports module's own test applies to the file.</li>
 *   <li>Nothing was fetched: {@code --log-net-log} records every request the network stack made
 *       and who started it; the page must have started none (Chromium's own background
 *       traffic, which it keeps up even with background networking off, is told apart by its
 *       initiator). No DevTools protocol is needed: the net log is Chromium's own account.</li>
 *   <li>No console error: {@code --enable-logging=stderr} prints each console message as a
 *       {@code CONSOLE} line; none may report an uncaught exception or a failed load. A second
 *       test opens a deliberately broken page and checks both detectors see it.</li>
 *   <li>A screenshot is saved as {@code target/report-screenshot.png} for people to look at.</li>
 * </ul>
 *
 * Without Chromium the test is skipped, except when {@code CI=true}, where it fails: CI installs
 * Debian's {@code chromium} package. Every browser process has a timeout and is killed on it.
 */
class ReportChromiumIT {

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    static Path shared;

    private static Path report;
    private static Path comparison;

    @TempDir
    Path temp;

    @BeforeAll
    static void backtest() {
        Path recording = ConstructedRecording.write(shared.resolve("recording"));
        Path out = shared.resolve("result");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(new String[] {"backtest", "--data", recording.toString(), "--strategy", "mid-quoter",
            "--param", "ticker=" + ConstructedRecording.TICKER, "--param", "spread=0.01", "--fill-model", "trades",
            "--seed", "11",
            "--out", out.toString()},
                new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        assertThat(code).as(stderr.toString()).isZero();
        report = out.resolve("report.html");
        assertThat(report).exists();

        Path sweep = shared.resolve("sweep");
        code = Main.run(new String[] {"sweep", "--data", recording.toString(), "--strategy", "mid-quoter",
            "--param", "ticker=" + ConstructedRecording.TICKER, "--grid", "spread=0.01,0.02,0.03",
            "--fill-model", "trades", "--seed", "11", "--parallel", "1", "--out", sweep.toString()},
                new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        assertThat(code).as(stderr.toString()).isZero();
        comparison = sweep.resolve(ComparisonReport.HTML);
        assertThat(comparison).exists();
    }

    /**
     * The sweep's comparison report as a browser draws it: its one chart has a line per run, the
     * page fetched nothing and logged no error, its sort script ran (it marks the table sortable
     * and shows the hint); and clicking headers sorts: a copy of the page with a few clicks appended
     * records the row order they leave. The screenshot is {@code target/comparison-screenshot.png}.
     */
    @Test
    void theComparisonDrawsItsChartSortsFetchesNothingAndLogsNoError() throws Exception {
        String chromium = chromium();
        Path netLog = temp.resolve("comparison-net-log.json");

        Run run = run(chromium, comparison, "--dump-dom", "--log-net-log=" + netLog,
                "--net-log-capture-mode=Everything");

        assertThat(run.exitCode).as(run.stderr).isZero();
        Files.writeString(Paths.get("target", "comparison-dom.html"), run.stdout, StandardCharsets.UTF_8);
        Map<String, String> figures = figures(run.stdout);
        assertThat(figures.keySet()).containsExactly("best-equity");
        List<String> svgs = svgs(figures.get("best-equity"));
        assertThat(svgs).hasSize(1);
        assertThat(seriesWithPoints(svgs.get(0), 4)).as("lines with data, one per run").isEqualTo(3);
        assertThat(pageRequests(netLog)).as("URLs the page fetched").isEmpty();
        assertThat(consoleErrors(run.stderr)).as("console errors").isEmpty();
        assertThat(run.stdout).contains("<table id=\"runs\" class=\"sortable\">")
                .contains("<p id=\"sort-hint\">").doesNotContain("<p id=\"sort-hint\" hidden");

        // Click "run" (ascending by number), then "P&L ($)" (high to low first); the page notes each order.
        String html = Files.readString(comparison, StandardCharsets.UTF_8);
        String clicks = "<script>\n(function () {\n"
                + "  var heads = document.querySelectorAll('#runs thead th');\n"
                + "  function order() { return Array.prototype.map.call(document.querySelectorAll('#runs tbody tr'),"
                + " function (r) { return r.cells[1].textContent + '=' + r.cells[3].getAttribute('data-v'); }).join(' '); }\n"
                + "  heads[1].click(); document.body.setAttribute('data-by-run', order());\n"
                + "  heads[3].click(); document.body.setAttribute('data-by-pnl', order());\n"
                + "  heads[3].click(); document.body.setAttribute('data-by-pnl-reversed', order());\n"
                + "})();\n</script>\n</body>";
        Path clicked = temp.resolve("comparison-clicked.html");
        Files.writeString(clicked, html.replace("</body>", clicks), StandardCharsets.UTF_8);
        Run sorted = run(chromium, clicked, "--dump-dom");
        assertThat(consoleErrors(sorted.stderr)).as("console errors").isEmpty();
        List<String> byRun = attribute(sorted.stdout, "data-by-run");
        assertThat(byRun).extracting(entry -> entry.substring(0, 7)).containsExactly("run-001", "run-002", "run-003");
        List<String> byPnl = attribute(sorted.stdout, "data-by-pnl");
        List<java.math.BigDecimal> pnls = byPnl.stream().map(entry -> new java.math.BigDecimal(entry.substring(8)))
                .toList();
        assertThat(pnls).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<String> reversed = attribute(sorted.stdout, "data-by-pnl-reversed");
        assertThat(reversed.stream().map(entry -> new java.math.BigDecimal(entry.substring(8))).toList()).isSorted();

        Path screenshot = Paths.get("target", "comparison-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        Run shot = run(chromium, comparison, "--screenshot=" + screenshot, "--window-size=1280,1400");
        assertThat(shot.exitCode).as(shot.stderr).isZero();
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    @Test
    void theReportDrawsEveryChartFetchesNothingAndLogsNoError() throws Exception {
        String chromium = chromium();
        Path netLog = temp.resolve("net-log.json");

        Run run = run(chromium, report, "--dump-dom", "--log-net-log=" + netLog, "--net-log-capture-mode=Everything");

        assertThat(run.exitCode).as(run.stderr).isZero();
        Files.writeString(Paths.get("target", "report-dom.html"), run.stdout, StandardCharsets.UTF_8);
        // One figure per chart: equity, drawdown, position, one per market with fills, token buckets.
        Map<String, String> figures = figures(run.stdout);
        assertThat(figures.keySet()).as("charts in the DOM").contains("equity", "drawdown", "position", "tokens")
                .hasSize(figures(Files.readString(report, StandardCharsets.UTF_8)).size());
        for (Map.Entry<String, String> figure : figures.entrySet()) {
            List<String> svgs = svgs(figure.getValue());
            assertThat(svgs).as("svg in %s", figure.getKey()).hasSize(1);
            assertThat(longestPath(svgs.get(0))).as("line points in %s", figure.getKey()).isGreaterThanOrEqualTo(4);
        }
        assertThat(svgs(run.stdout)).hasSize(figures.size());
        assertThat(netLog).exists();
        assertThat(pageRequests(netLog)).as("URLs the page fetched").isEmpty();
        // No script can log anything: the report has none.
        assertThat(run.stdout).doesNotContain("<script");
        assertThat(consoleErrors(run.stderr)).as("console errors").isEmpty();

        Path screenshot = Paths.get("target", "report-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        Run shot = run(chromium, report, "--screenshot=" + screenshot, "--window-size=1280,2000");
        assertThat(shot.exitCode).as(shot.stderr).isZero();
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    @Test
    void theDetectorsSeeABrokenPage() throws Exception {
        String chromium = chromium();
        Path page = temp.resolve("broken.html");
        Path netLog = temp.resolve("broken-net-log.json");
        Files.writeString(page, "<!doctype html><html><body><p>broken</p><img src=\"http://127.0.0.1:9/x.png\">\n"
                + "<script>\nnotDefinedAnywhere();\n</script></body></html>");

        Run run = run(chromium, page, "--dump-dom", "--log-net-log=" + netLog);

        assertThat(consoleErrors(run.stderr)).as(run.stderr).anyMatch(line -> line.contains("Uncaught ReferenceError"));
        assertThat(svgs(run.stdout)).isEmpty();
        assertThat(pageRequests(netLog)).containsExactly("http://127.0.0.1:9/x.png");
    }

    /** The browser, or a skip (a failure when CI=true, where .ci/run installs it). */
    private static String chromium() {
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Paths.get(dir, name);
                if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        String message = "headless Chromium (chromium or chromium-browser) is not on PATH; "
                + "install Debian's chromium package to render the report";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
        return null;
    }

    private Run run(String chromium, Path page, String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium, "--headless=new", "--disable-background-networking",
                "--no-first-run", "--no-default-browser-check", "--disable-gpu", "--disable-extensions",
                "--disable-component-update", "--disable-sync", "--no-sandbox", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory(temp, "profile"), "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(extra));
        command.add(page.toUri().toString());
        Path stdout = Files.createTempFile(temp, "stdout", ".txt");
        Path stderr = Files.createTempFile(temp, "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            Assertions.fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: "
                    + Files.readString(stderr, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String stdout, String stderr) {
    }

    /** Each chart's figure, by id, from the serialized DOM or the file. */
    private static Map<String, String> figures(String html) {
        Map<String, String> figures = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<figure class=\"chart\" id=\"([^\"]+)\">(.*?)</figure>", Pattern.DOTALL)
                .matcher(html);
        while (m.find()) {
            figures.put(m.group(1), m.group(2));
        }
        return figures;
    }

    private static List<String> svgs(String dom) {
        List<String> svgs = new ArrayList<>();
        Matcher m = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(dom);
        while (m.find()) {
            svgs.add(m.group());
        }
        return svgs;
    }

    /** The space-separated entries of a body attribute the click script set, from the serialized DOM. */
    private static List<String> attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
        assertThat(m.find()).as(name + " in the DOM").isTrue();
        return List.of(m.group(1).split(" "));
    }

    /** Drawn series (stroked, unfilled paths) with at least {@code points} line-to commands. */
    private static int seriesWithPoints(String svg, int points) {
        String drawn = svg.replaceAll("(?s)<defs>.*?</defs>", "");
        Matcher m = Pattern.compile("<g style=[\"'][^\"']*fill:none[^\"']*[\"'][^>]*><path d=[\"']([^\"']*)[\"']")
                .matcher(drawn);
        int series = 0;
        while (m.find()) {
            if (m.group(1).chars().filter(c -> c == 'L').count() >= points) {
                series++;
            }
        }
        return series;
    }

    /** The most line-to commands in one drawn path: a series has one per point after the first. */
    private static int longestPath(String svg) {
        int longest = 0;
        // Clip paths (rectangles, in <defs>) are not data.
        String drawn = svg.replaceAll("(?s)<defs>.*?</defs>", "");
        // A series is a stroked, unfilled path; axis labels are glyph outlines in filled groups, not data.
        // The serialized DOM quotes attributes with double quotes; the file itself may use single ones.
        Matcher m = Pattern.compile("<g style=[\"'][^\"']*fill:none[^\"']*[\"'][^>]*><path d=[\"']([^\"']*)[\"']")
                .matcher(drawn);
        while (m.find()) {
            longest = Math.max(longest, (int) m.group(1).chars().filter(c -> c == 'L').count());
        }
        return longest;
    }

    /**
     * The URLs the page itself asked the network stack for: {@code URL_REQUEST_START_JOB} events
     * whose initiator is the page's opaque file origin ({@code "null"}) or whose isolation key is
     * the file:// site. Chromium's own traffic (it still checks the time and signs in to Google with
     * background networking off) has initiator "not an origin" and is not the page's doing.
     */
    static List<String> pageRequests(Path netLog) throws IOException {
        JsonNode log = new ObjectMapper().readTree(netLog.toFile());
        int startJob = log.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB").asInt(-1);
        assertThat(startJob).as("net log knows URL_REQUEST_START_JOB").isNotNegative();
        List<String> urls = new ArrayList<>();
        for (JsonNode event : log.path("events")) {
            JsonNode params = event.path("params");
            if (event.path("type").asInt() != startJob || !params.has("url")) {
                continue;
            }
            boolean fromPage = "null".equals(params.path("initiator").asText())
                    || params.path("initiator").asText().startsWith("file:")
                    || params.path("network_isolation_key").asText().startsWith("file:");
            if (fromPage) {
                urls.add(params.path("url").asText());
            }
        }
        return urls;
    }

    /**
     * Console lines that report an error. Chromium logs every console message at INFO on stderr,
     * whatever its level, so {@code console.error()} from a script is not told apart there; what is
     * told apart is an uncaught exception and a resource that failed to load, the errors a page
     * without script can have. (The report has no script, which the test checks in the DOM.)
     */
    static List<String> consoleErrors(String stderr) {
        return stderr.lines().filter(line -> line.contains(":CONSOLE"))
                .filter(line -> line.contains(":ERROR:") || line.contains("Uncaught")
                        || line.contains("Failed to load resource") || line.contains("Refused to"))
                .toList();
    }
}
