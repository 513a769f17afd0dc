package dev.kalshisim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.util.Locale;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A load test's {@code report.html}: one page that opens with no network. Charts are inline SVG
 * (tokens a second per bucket against the tier's budget, bucket levels, latency percentiles,
 * requests and 429s a second), on the scenario's clock, with the release and the moment the policy
 * ran dry marked; then the run's figures as the command's table prints them and what could not be
 * sent by kind. Only inline CSS; no scripts, fonts or images.
 */
final class LoadtestHtml {

    static final Color OFFERED = new Color(0xE69F00);
    static final Color ACCEPTED = new Color(0x0072B2);
    static final Color BUDGET = new Color(0x000000);
    static final Color SECOND = new Color(0x009E73);
    static final Color ALARM = new Color(0xD55E00);
    static final Color OTHER = new Color(0xCC79A7);

    private LoadtestHtml() {
    }

    static String render(JsonNode summary, LoadtestSeries series) {
        // JFreeChart draws with AWT; a report is rendered on servers and CI with no display.
        System.setProperty("java.awt.headless", "true");
        Axis axis = Axis.of(summary);
        String title = "loadtest " + summary.path("policy").asText() + ", " + summary.path("scenario").asText("steady")
                + ", tier " + summary.path("tier").asText();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(HtmlReport.escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:1.5em;color:#222;max-width:1000px}")
                .append("table{border-collapse:collapse;margin:0.5em 0}")
                .append("td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}")
                .append("td.v{text-align:right;font-family:monospace}figure{margin:1em 0}\n</style>\n</head>\n<body>\n");
        html.append("<h1>").append(HtmlReport.escape(title)).append("</h1>\n<p>")
                .append(HtmlReport.escape(summary.path("model").asText())).append(" model, ")
                .append(summary.path("clients").asInt()).append(" clients on one key, ")
                .append(HtmlReport.escape(fixed(summary.path("elapsed_seconds").asDouble(), 1))).append(" s");
        if (summary.has("timeline")) {
            html.append(", the run standing for ").append(HtmlReport.escape(summary.path("timeline").asText()))
                    .append(" (").append(fixed(summary.path("scenario_seconds_per_second").asDouble(), 1))
                    .append(" scenario seconds a second)");
        }
        html.append(". Ran dry: <b>").append(HtmlReport.escape(summary.path("ran_dry").path("at").asText()))
                .append("</b>.</p>\n");

        figure(html, "write-tokens", tokenChart("write-tokens", "write", summary, series, axis));
        figure(html, "read-tokens", tokenChart("read-tokens", "read", summary, series, axis));
        figure(html, "bucket-level", levelChart(summary, series, axis));
        figure(html, "latency", latencyChart(summary, series, axis));
        figure(html, "rejections", requestChart(summary, series, axis));

        html.append("<h2>Figures</h2>\n<table>\n");
        figures(html, summary);
        html.append("</table>\n<h2>What could not be sent</h2>\n<p>")
                .append(HtmlReport.escape(summary.path("ran_dry").path("definition").asText())).append(".</p>\n")
                .append("<table id=\"not-sent\">\n<tr><th>kind</th><th>issued</th><th>could not send</th></tr>\n");
        JsonNode issued = summary.path("issued");
        JsonNode notSent = summary.path("could_not_send");
        for (String kind : new String[] {"creates", "cancels", "batch", "reads", "total"}) {
            html.append("<tr><td>").append(kind).append("</td><td class=\"v\">").append(issued.path(kind).asLong())
                    .append("</td><td class=\"v\">").append(notSent.path(kind).asLong()).append("</td></tr>\n");
        }
        html.append("</table>\n<p>Every sample is in <code>").append(LoadtestReport.TIMESERIES)
                .append("</code>, every figure in <code>").append(LoadtestReport.SUMMARY).append("</code>.</p>\n")
                .append("</body>\n</html>\n");
        return html.toString();
    }

    /** The x axis: minutes to the release for a scenario with one, else seconds since the start. */
    private record Axis(boolean relative, String label) {
        static Axis of(JsonNode summary) {
            return summary.has("timeline") ? new Axis(true, "minutes to the release (T = 0)")
                    : new Axis(false, "seconds since the start");
        }

        double x(LoadtestSeries series, int row) {
            return relative ? series.value(row, "scenario_s") / 60 : series.value(row, "t_s");
        }

        double fromScenarioSeconds(double seconds) {
            return relative ? seconds / 60 : seconds;
        }
    }

    private static String tokenChart(String id, String bucket, JsonNode summary, LoadtestSeries series, Axis axis) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(line(bucket + " tokens asked / s (429s included)", series, axis, bucket + "_tokens_per_s"));
        data.addSeries(line(bucket + " tokens accepted / s", series, axis, bucket + "_accepted_per_s"));
        data.addSeries(line("budget: refill " + summary.path(bucket + "_refill_per_second").asLong() + " / s", series,
                axis, bucket + "_budget_per_s"));
        XYPlot plot = SvgCharts.numberPlot(axis.label(), "tokens per second", data);
        SvgCharts.solid(plot, 0, OFFERED);
        SvgCharts.solid(plot, 1, ACCEPTED);
        SvgCharts.dashed(plot, 2, BUDGET);
        marks(plot, summary, axis);
        return SvgCharts.svg(id, capitalized(bucket) + " bucket: tokens per second against the tier's budget", plot);
    }

    private static String levelChart(JsonNode summary, LoadtestSeries series, Axis axis) {
        XYSeriesCollection data = new XYSeriesCollection();
        boolean paced = series.size() > 0 && series.value(0, "pacer_write_level") >= 0;
        if (paced) {
            data.addSeries(line("shared pacer, write", series, axis, "pacer_write_level"));
            data.addSeries(line("shared pacer, read", series, axis, "pacer_read_level"));
        }
        data.addSeries(line("server, write (estimated)", series, axis, "estimated_write_level"));
        data.addSeries(line("server, read (estimated)", series, axis, "estimated_read_level"));
        XYPlot plot = SvgCharts.numberPlot(axis.label(), "tokens in the bucket", data);
        int i = 0;
        if (paced) {
            SvgCharts.solid(plot, i++, ACCEPTED);
            SvgCharts.solid(plot, i++, SECOND);
        }
        SvgCharts.dashed(plot, i++, ACCEPTED);
        SvgCharts.dashed(plot, i, SECOND);
        marks(plot, summary, axis);
        return SvgCharts.svg("bucket-level", "Bucket levels (capacity write " + summary.path("write_capacity_tokens").asLong()
                + ", read " + summary.path("read_capacity_tokens").asLong() + ")", plot);
    }

    private static String latencyChart(JsonNode summary, LoadtestSeries series, Axis axis) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(line("p50", series, axis, "p50_ms"));
        data.addSeries(line("p99", series, axis, "p99_ms"));
        data.addSeries(line("p99.9", series, axis, "p99_9_ms"));
        XYPlot plot = SvgCharts.numberPlot(axis.label(), "milliseconds", data);
        SvgCharts.solid(plot, 0, ACCEPTED);
        SvgCharts.solid(plot, 1, OFFERED);
        SvgCharts.solid(plot, 2, ALARM);
        marks(plot, summary, axis);
        return SvgCharts.svg("latency", "Latency of the requests answered in each interval ("
                + summary.path("latency_ms").path("measured_from").asText() + ", waits included)", plot);
    }

    private static String requestChart(JsonNode summary, LoadtestSeries series, Axis axis) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(line("arrivals asked / s", series, axis, "offered_per_s"));
        data.addSeries(line("write requests / s", series, axis, "write_requests_per_s"));
        data.addSeries(line("read requests / s", series, axis, "read_requests_per_s"));
        data.addSeries(line("429s / s", series, axis, "rejections_429_per_s"));
        data.addSeries(line("retries / s", series, axis, "retries_per_s"));
        XYPlot plot = SvgCharts.numberPlot(axis.label(), "per second", data);
        SvgCharts.dashed(plot, 0, BUDGET);
        SvgCharts.solid(plot, 1, ACCEPTED);
        SvgCharts.solid(plot, 2, SECOND);
        SvgCharts.solid(plot, 3, ALARM);
        SvgCharts.solid(plot, 4, OTHER);
        marks(plot, summary, axis);
        return SvgCharts.svg("rejections", "Requests, 429s and retries per second", plot);
    }

    private static void marks(XYPlot plot, JsonNode summary, Axis axis) {
        if (axis.relative()) {
            SvgCharts.verticalMarker(plot, 0, "release", BUDGET);
        }
        JsonNode dry = summary.path("ran_dry");
        if (dry.has("scenario_seconds")) {
            SvgCharts.verticalMarker(plot, axis.fromScenarioSeconds(dry.path("scenario_seconds").asDouble()),
                    "ran dry " + dry.path("at").asText(), ALARM);
        }
    }

    private static XYSeries line(String name, LoadtestSeries series, Axis axis, String column) {
        XYSeries line = new XYSeries(name, false, true);
        for (int row = 0; row < series.size(); row++) {
            line.add(axis.x(series, row), series.value(row, column));
        }
        return line;
    }

    private static void figures(StringBuilder html, JsonNode s) {
        JsonNode latency = s.path("latency_ms");
        row(html, "policy", s.path("policy").asText());
        row(html, "model", s.path("model").asText());
        row(html, "scenario", s.path("scenario").asText("steady"));
        row(html, "tier, clients", s.path("tier").asText() + ", " + s.path("clients").asInt());
        row(html, "requests", s.path("requests").asLong() + String.format(Locale.ROOT, " (%.1f/s)",
                s.path("requests").asLong() / Math.max(1e-9, s.path("elapsed_seconds").asDouble())));
        row(html, "429s", s.path("rejections_429").asLong() + String.format(Locale.ROOT, " (%.1f%%)",
                100 * s.path("rejection_ratio").asDouble()));
        row(html, "other errors", Long.toString(s.path("other_errors").asLong()));
        row(html, "retries", Long.toString(s.path("retries").asLong()));
        row(html, "time spent waiting (pacing and backoff)", fixed(s.path("wait_seconds").asDouble(), 2) + " s");
        for (String bucket : new String[] {"write", "read"}) {
            row(html, bucket + " bucket", s.path(bucket + "_tokens_accepted").asLong() + " tokens accepted of "
                    + s.path(bucket + "_budget_tokens").asLong() + " budget (capacity "
                    + s.path(bucket + "_capacity_tokens").asLong() + " + refill " + s.path(bucket + "_refill_per_second").asLong()
                    + "/s over the run)");
            row(html, bucket + "_utilization", fixed(s.path(bucket + "_utilization").asDouble(), 3));
        }
        row(html, "latency ms p50 / p99 / p99.9", fixed(latency.path("p50").asDouble(), 2) + " / "
                + fixed(latency.path("p99").asDouble(), 2) + " / " + fixed(latency.path("p99_9").asDouble(), 2)
                + " (from the " + latency.path("measured_from").asText() + ")");
        row(html, "duplicates (orders placed twice)", Long.toString(s.path("duplicates").asLong()));
        row(html, "requests a second the tier sustains for this mix",
                fixed(s.path("sustainable_requests_per_second").asDouble(), 1));
        row(html, "offered rate above that from", s.path("over_budget_from").asText());
        row(html, "ran dry at", s.path("ran_dry").path("at").asText()
                + (s.path("ran_dry").has("kind") ? " (on " + s.path("ran_dry").path("kind").asText() + ")" : ""));
        if (s.has("market_activity")) {
            row(html, "market activity", s.path("market_activity").asText());
        }
        if (s.path("arrivals_dropped").asLong() > 0) {
            row(html, "arrivals dropped by the generator", s.path("arrivals_dropped").asLong() + " of "
                    + s.path("arrivals").asLong());
        }
    }

    private static void row(StringBuilder html, String name, String value) {
        // Figures right-aligned in a fixed font, sentences as text.
        boolean figure = !value.isEmpty() && (Character.isDigit(value.charAt(0)) || value.charAt(0) == 'T');
        html.append("<tr><td>").append(HtmlReport.escape(name)).append(figure ? "</td><td class=\"v\">" : "</td><td>")
                .append(HtmlReport.escape(value)).append("</td></tr>\n");
    }

    private static void figure(StringBuilder html, String name, String svg) {
        html.append("<figure class=\"chart\" id=\"").append(name).append("\">\n").append(svg).append("\n</figure>\n");
    }

    private static String fixed(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
