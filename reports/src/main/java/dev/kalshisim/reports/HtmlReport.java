package dev.kalshisim.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import java.awt.Color;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code report.html}: one page that opens with no network. Charts are inline SVG drawn by
 * JFreeChart (equity, drawdown, positions, the busiest market's fill prices with buys and sells
 * marked, token-bucket levels with 429s marked), then the metrics table, their conventions and
 * the run's configuration. Only inline CSS; no scripts, fonts or images.
 */
public final class HtmlReport {

    /** Position and price charts show at most this many markets: the ones with the most fills. */
    static final int MARKETS_SHOWN = 6;
    /** Price charts: one each for the markets with the most fills. */
    static final int PRICE_CHARTS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlReport() {
    }

    public static String render(RunResult run, RunFacts facts, List<EquityCurve.Point> equity, ObjectNode metrics) {
        // JFreeChart draws with AWT; a report is rendered on servers and CI with no display.
        System.setProperty("java.awt.headless", "true");
        List<String> markets = busiestMarkets(run);
        StringBuilder html = new StringBuilder();
        JsonNode config = run.summary().path("config");
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape("backtest " + config.path("strategy").asText() + " on " + config.path("data").asText()))
                .append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:1.5em;color:#222;max-width:1000px}")
                .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}")
                .append("td.v{text-align:right;font-family:monospace}pre{background:#f5f5f5;padding:8px;overflow:auto}")
                .append("figure{margin:1em 0}\n</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(config.path("strategy").asText())).append(" on ")
                .append(escape(config.path("data").asText())).append("</h1>\n<p>seed ")
                .append(escape(config.path("seed").asText())).append(", tier ").append(escape(facts.tier().wire()))
                .append(", fill model ").append(escape(config.path("fill_model").asText())).append(", pnl ")
                .append(escape(metrics.path("pnl").path("pnl").asText())).append(" from ")
                .append(escape(EquityCsv.iso(facts.startNanos()))).append(" to ")
                .append(escape(EquityCsv.iso(facts.endNanos()))).append("</p>\n");

        figure(html, "equity", SvgCharts.svg("equity", "Equity (cash + positions at last fill price)",
                SvgCharts.plot("dollars", equitySeries(equity, false))));
        figure(html, "drawdown", SvgCharts.svg("drawdown", "Drawdown from running peak",
                SvgCharts.plot("dollars", equitySeries(equity, true))));
        figure(html, "position", SvgCharts.svg("position", "Position (YES contracts, signed)",
                SvgCharts.plot("contracts", positionSeries(run, facts, markets))));
        List<String> priced = markets.subList(0, Math.min(markets.size(), PRICE_CHARTS));
        for (int i = 0; i < priced.size(); i++) {
            figure(html, "price-" + (i + 1), priceChart("price-" + (i + 1), run, priced.get(i)));
        }
        figure(html, "tokens", tokenChart(run, facts));

        html.append("<h2>Metrics</h2>\n<table>\n<tr><th>metric</th><th>value</th></tr>\n");
        metricRows(html, "", metrics, true);
        html.append("</table>\n<h2>Conventions</h2>\n<table>\n");
        metrics.path("conventions").fields().forEachRemaining(e -> html.append("<tr><td>").append(escape(e.getKey()))
                .append("</td><td>").append(escape(e.getValue().asText())).append("</td></tr>\n"));
        html.append("</table>\n<h2>Configuration</h2>\n<pre>").append(escape(pretty(config))).append("</pre>\n");
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void figure(StringBuilder html, String name, String svg) {
        html.append("<figure class=\"chart\" id=\"").append(name).append("\">\n").append(svg).append("\n</figure>\n");
    }

    private static XYSeriesCollection equitySeries(List<EquityCurve.Point> equity, boolean drawdown) {
        XYSeries series = new XYSeries(drawdown ? "drawdown" : "equity", false, true);
        for (EquityCurve.Point p : equity) {
            series.add(millis(p.tsNanos()), dollars(drawdown ? p.drawdown().negate() : p.equity()));
        }
        return new XYSeriesCollection(series);
    }

    private static XYSeriesCollection positionSeries(RunResult run, RunFacts facts, List<String> markets) {
        Map<String, XYSeries> byMarket = new TreeMap<>();
        for (String market : markets) {
            XYSeries series = new XYSeries(market, false, true);
            series.add(millis(facts.startNanos()), 0.0);
            byMarket.put(market, series);
        }
        for (JsonNode row : run.positions()) {
            XYSeries series = byMarket.get(row.path("ticker").asText());
            if (series != null) {
                step(series, millis(row.path("ts_ns").asLong()), contracts(row.path("position").asText()));
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        for (XYSeries series : byMarket.values()) {
            step(series, millis(facts.endNanos()), series.getY(series.getItemCount() - 1).doubleValue());
            data.addSeries(series);
        }
        return data;
    }

    private static String priceChart(String id, RunResult run, String market) {
        XYSeries last = new XYSeries("last fill price", false, true);
        XYSeries buys = new XYSeries("buy (bid filled)", false, true);
        XYSeries sells = new XYSeries("sell (ask filled)", false, true);
        for (JsonNode row : run.fills()) {
            if (!row.path("ticker").asText().equals(market)) {
                continue;
            }
            double x = millis(row.path("ts_ns").asLong());
            double price = Price.parse(row.path("price").asText()).units() / (double) Price.SCALE;
            step(last, x, price);
            (row.path("side").asText().equals("bid") ? buys : sells).add(x, price);
        }
        XYPlot plot = SvgCharts.plot("YES price (dollars)", new XYSeriesCollection(last));
        XYSeriesCollection marks = new XYSeriesCollection();
        marks.addSeries(buys);
        marks.addSeries(sells);
        SvgCharts.markers(plot, marks, new Shape[] {SvgCharts.triangle(true), SvgCharts.triangle(false)},
                new Color[] {new Color(0x1a9850), new Color(0xd73027)});
        return SvgCharts.svg(id, "Fills in " + market, plot);
    }

    private static String tokenChart(RunResult run, RunFacts facts) {
        XYSeriesCollection levels = new XYSeriesCollection();
        XYSeries limited = new XYSeries("429", false, true);
        for (BucketKind kind : BucketKind.values()) {
            XYSeries series = new XYSeries(kind.wire() + " bucket", false, true);
            for (TokenBucketLevels.Level level : TokenBucketLevels.of(run, facts, kind)) {
                series.add(millis(level.tsNanos()), level.tokens());
                if (level.rateLimited()) {
                    limited.add(millis(level.tsNanos()), level.tokens());
                }
            }
            levels.addSeries(series);
        }
        XYPlot plot = SvgCharts.plot("tokens", levels);
        SvgCharts.markers(plot, new XYSeriesCollection(limited), new Shape[] {SvgCharts.triangle(false)},
                new Color[] {Color.BLACK});
        return SvgCharts.svg("tokens", "Token buckets (tier " + facts.tier().wire() + ") with 429s", plot);
    }

    /** Markets by fill count, most first (ties by ticker), at most {@link #MARKETS_SHOWN}. */
    static List<String> busiestMarkets(RunResult run) {
        Map<String, Integer> fills = new TreeMap<>();
        for (JsonNode row : run.fills()) {
            fills.merge(row.path("ticker").asText(), 1, Integer::sum);
        }
        List<String> markets = new ArrayList<>(fills.keySet());
        markets.sort(Comparator.comparing((String m) -> -fills.get(m)).thenComparing(m -> m));
        return List.copyOf(markets.subList(0, Math.min(MARKETS_SHOWN, markets.size())));
    }

    /** A step line's next value: the previous value held until {@code x}, then the new one. */
    private static void step(XYSeries series, double x, double y) {
        if (series.getItemCount() > 0) {
            series.add(x, series.getY(series.getItemCount() - 1));
        }
        series.add(x, y);
    }

    private static void metricRows(StringBuilder html, String prefix, JsonNode node, boolean top) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (top && (field.getKey().equals("conventions") || field.getKey().equals("format"))) {
                continue;
            }
            String name = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            if (field.getValue().isObject()) {
                metricRows(html, name, field.getValue(), false);
            } else {
                html.append("<tr><td>").append(escape(name)).append("</td><td class=\"v\">")
                        .append(escape(field.getValue().asText())).append("</td></tr>\n");
            }
        }
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree is always writable", e);
        }
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double dollars(Money money) {
        return money.micros() / (double) Money.SCALE;
    }

    private static double contracts(String count) {
        return Count.parseSigned(count).hundredths() / (double) Count.SCALE;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
