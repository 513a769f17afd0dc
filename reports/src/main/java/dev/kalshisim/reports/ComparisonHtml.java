package dev.kalshisim.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code comparison.html}: one page that opens with no network. The runs' table (sortable by a
 * small inline script, in rank order without it), the best runs' equity curves together as inline
 * SVG with a key naming each line, and what the sweep ran. Only inline CSS and script; no fonts,
 * images or external links (each run's name links to its own report in its folder).
 */
final class ComparisonHtml {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ComparisonHtml() {
    }

    /**
     * @param setup  what the sweep ran
     * @param ranked every run, best first
     * @param best   how many of the first runs to draw
     */
    static String render(SweepSetup setup, List<SweepRun> ranked, int best) {
        List<SweepRun> drawn = ranked.subList(0, Math.min(best, ranked.size()));
        String title = "sweep of " + setup.strategy() + " on " + setup.data();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(HtmlReport.escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:1.5em;color:#222;max-width:1200px}")
                .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}")
                .append("td.v{text-align:right;font-family:monospace}pre{background:#f5f5f5;padding:8px;overflow:auto}")
                .append("figure{margin:1em 0}#runs td,#runs th{white-space:nowrap}")
                .append("table.sortable th{cursor:pointer;user-select:none}")
                .append("th[aria-sort=ascending]::after{content:\" \\25B2\"}")
                .append("th[aria-sort=descending]::after{content:\" \\25BC\"}")
                .append("ol.key{padding-left:1.5em}ol.key li{margin:2px 0}")
                .append(".swatch{display:inline-block;width:1.5em;height:0.6em;margin-right:0.5em;")
                .append("vertical-align:middle}")
                .append("\n</style>\n</head>\n<body>\n");
        SweepRun top = ranked.get(0);
        html.append("<h1>").append(HtmlReport.escape(setup.strategy())).append(" on ")
                .append(HtmlReport.escape(setup.data())).append(": ").append(ranked.size())
                .append(ranked.size() == 1 ? " parameter set" : " parameter sets").append("</h1>\n<p>seed ")
                .append(setup.seed()).append(", best ").append(top.name());
        if (!top.label().isEmpty()) {
            html.append(" (").append(HtmlReport.escape(top.label())).append(')');
        }
        html.append(" with P&amp;L ").append(top.pnl()).append("</p>\n");

        html.append("<h2>Runs</h2>\n<p>Ranked by P&amp;L (the summary's, open positions marked at the last mid), ")
                .append("then fewest fees. Every figure is from the run's <code>").append(Report.METRICS)
                .append("</code>, where its convention is stated.</p>\n")
                .append("<p id=\"sort-hint\" hidden>Click a column header to sort by it; ")
                .append("click again to reverse.</p>\n");
        ComparisonTable.append(html, ranked, setup.keys());

        html.append("<h2>Best runs' equity</h2>\n");
        html.append("<figure class=\"chart\" id=\"").append(ComparisonChart.ID).append("\">\n")
                .append(ComparisonChart.svg(drawn)).append("\n<figcaption>\n<ol class=\"key\">\n");
        for (int i = 0; i < drawn.size(); i++) {
            SweepRun run = drawn.get(i);
            html.append("<li><span class=\"swatch\" style=\"background:").append(ComparisonChart.css(i))
                    .append("\"></span><a href=\"").append(run.name()).append('/').append(Report.HTML).append("\">")
                    .append(run.name()).append("</a> ").append(HtmlReport.escape(run.label())).append(": P&amp;L ")
                    .append(run.pnl()).append(", max drawdown ")
                    .append(HtmlReport.escape(run.metrics().path("risk").path("max_drawdown").asText("n/a")))
                    .append("</li>\n");
        }
        html.append("</ol>\nEquity is cash plus open positions at their market's last fill price, per minute of ")
                .append("virtual time (each run's <code>").append(Report.EQUITY).append("</code>).\n")
                .append("</figcaption>\n</figure>\n");

        configuration(html, setup, ranked);
        html.append("<script>\n").append(SortScript.TEXT).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void configuration(StringBuilder html, SweepSetup setup, List<SweepRun> ranked) {
        html.append("<h2>Configuration</h2>\n<table>\n");
        row(html, "data", setup.data());
        row(html, "strategy", setup.strategy());
        row(html, "seed", Long.toString(setup.seed()));
        row(html, "parameter sets", Integer.toString(ranked.size()));
        for (Map.Entry<String, List<String>> axis : setup.grid().entrySet()) {
            row(html, "grid " + axis.getKey(), String.join(", ", axis.getValue()));
        }
        if (setup.fixed().isEmpty()) {
            row(html, "fixed parameters", "none");
        }
        for (Map.Entry<String, String> parameter : setup.fixed().entrySet()) {
            row(html, "fixed " + parameter.getKey(), parameter.getValue());
        }
        html.append("</table>\n");
        // What every run shared beside the parameters, as the first run's summary states it.
        SweepRun first = ranked.stream().min(Comparator.comparingInt(SweepRun::number)).orElseThrow();
        ObjectNode shared = ((ObjectNode) first.config()).deepCopy();
        shared.remove("params");
        html.append("<p>Every run's other settings (").append(first.name()).append("'s <code>")
                .append(RunResult.SUMMARY).append("</code>):</p>\n<pre>").append(HtmlReport.escape(pretty(shared)))
                .append("</pre>\n");
    }

    private static void row(StringBuilder html, String name, String value) {
        html.append("<tr><td>").append(HtmlReport.escape(name)).append("</td><td>").append(HtmlReport.escape(value))
                .append("</td></tr>\n");
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node).replace("\r\n", "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree is always writable", e);
        }
    }
}
