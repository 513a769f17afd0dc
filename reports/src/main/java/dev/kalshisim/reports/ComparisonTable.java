package dev.kalshisim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The comparison's table: one row per run, best first, with the run, its grid values and the key
 * figures of its {@code metrics.json}. Every cell carries its sort key in {@code data-v} (the exact
 * decimal for money, the full double for ratios, empty for an undefined figure), so the page's
 * script sorts numbers as numbers; without the script the rows stand in rank order.
 */
final class ComparisonTable {

    /** The table's element id, which the sort script looks up. */
    static final String ID = "runs";

    /** A cell: what is shown, and the key it sorts by ({@code ""}: undefined, always last). */
    record Cell(String text, String sortKey) {
    }

    /**
     * A column: its header, a tooltip saying where the figure comes from, whether a first click
     * sorts it high to low (figures where more is better) and how each run's cell is made.
     */
    private record Column(String header, String title, boolean highFirst, Function<SweepRun, Cell> cell) {
    }

    private ComparisonTable() {
    }

    static void append(StringBuilder html, List<SweepRun> ranked, List<String> keys) {
        List<Column> columns = columns(keys);
        html.append("<table id=\"").append(ID).append("\">\n<thead>\n<tr>");
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            html.append("<th title=\"").append(HtmlReport.escape(column.title())).append("\" data-first=\"")
                    .append(column.highFirst() ? "desc" : "asc").append('"');
            if (i == 0) {
                // Rank order is the order the rows are written in.
                html.append(" aria-sort=\"ascending\"");
            }
            html.append('>').append(HtmlReport.escape(column.header())).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (int rank = 1; rank <= ranked.size(); rank++) {
            SweepRun run = ranked.get(rank - 1);
            html.append("<tr data-rank=\"").append(rank).append("\">");
            html.append("<td class=\"v\" data-v=\"").append(rank).append("\">").append(rank).append("</td>");
            html.append("<td data-v=\"").append(run.number()).append("\"><a href=\"").append(run.name())
                    .append('/').append(Report.HTML).append("\">").append(run.name()).append("</a></td>");
            for (Column column : columns.subList(2, columns.size())) {
                Cell cell = column.cell().apply(run);
                html.append("<td class=\"v\" data-v=\"").append(HtmlReport.escape(cell.sortKey())).append("\">")
                        .append(HtmlReport.escape(cell.text())).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static List<Column> columns(List<String> keys) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("#", "rank: highest P&L, then fewest fees, then run order", false, null));
        columns.add(new Column("run", "the run's folder, linked to its report", false, null));
        for (String key : keys) {
            columns.add(new Column(key, "grid parameter " + key, false, run -> {
                String value = run.params().get(key);
                return new Cell(value, value);
            }));
        }
        columns.add(new Column("P&L ($)", "pnl.pnl: the summary's P&L, open positions at the last mid", true,
                run -> money(run.metrics(), "pnl", "pnl")));
        columns.add(new Column("return", "pnl.return: equity change / starting balance", true,
                run -> percent(run.metrics().path("pnl").path("return"))));
        columns.add(new Column("Sharpe", "risk.sharpe: on hourly returns, not annualized", true,
                run -> decimal(run.metrics().path("risk").path("sharpe"))));
        columns.add(new Column("Sortino", "risk.sortino: on hourly returns, not annualized", true,
                run -> decimal(run.metrics().path("risk").path("sortino"))));
        columns.add(new Column("max drawdown ($)", "risk.max_drawdown: largest fall of equity from its peak", false,
                run -> money(run.metrics(), "risk", "max_drawdown")));
        columns.add(new Column("fill ratio", "execution.fill_ratio: filled / ordered contracts", true,
                run -> percent(run.metrics().path("execution").path("fill_ratio"))));
        columns.add(new Column("fees ($)", "pnl.fees", false, run -> money(run.metrics(), "pnl", "fees")));
        columns.add(new Column("orders", "execution.orders", false,
                run -> count(run.metrics().path("execution").path("orders"))));
        columns.add(new Column("fills", "execution.fills", false,
                run -> count(run.metrics().path("execution").path("fills"))));
        columns.add(new Column("429s", "rate_limits.rejections_429", false,
                run -> count(run.metrics().path("rate_limits").path("rejections_429"))));
        columns.add(new Column("tokens", "rate_limits.buckets: tokens spent, all buckets", false,
                ComparisonTable::tokens));
        columns.add(new Column("waits", "rate_limits.waits: requests that waited for tokens", false,
                run -> count(run.metrics().path("rate_limits").path("waits"))));
        columns.add(new Column("wait (s)", "rate_limits.wait_ns: time spent waiting for tokens", false,
                run -> seconds(run.metrics().path("rate_limits").path("wait_ns"))));
        return columns;
    }

    private static Cell money(JsonNode metrics, String group, String name) {
        JsonNode value = metrics.path(group).path(name);
        return value.isTextual() && !value.asText().isEmpty() ? new Cell(value.asText(), value.asText()) : undefined();
    }

    private static Cell percent(JsonNode ratio) {
        return ratio.isNumber()
                ? new Cell(rounded("%.2f%%", ratio.asDouble() * 100), ratio.asText()) : undefined();
    }

    private static Cell decimal(JsonNode ratio) {
        return ratio.isNumber() ? new Cell(rounded("%.3f", ratio.asDouble()), ratio.asText())
                : undefined();
    }

    /**
     * {@code value} in {@code format}, without the sign of a value that rounds to zero: a tiny loss
     * such as -0.00004 is shown as "0.00%", not "-0.00%", which reads as a loss the table cannot show.
     */
    static String rounded(String format, double value) {
        String text = String.format(Locale.ROOT, format, value);
        return text.matches("-0(\\.0*)?%?") ? text.substring(1) : text;
    }

    private static Cell count(JsonNode value) {
        return value.isIntegralNumber() ? new Cell(value.asText(), value.asText()) : undefined();
    }

    private static Cell seconds(JsonNode nanos) {
        return nanos.isIntegralNumber()
                ? new Cell(rounded("%.3f", nanos.asLong() / 1e9), nanos.asText()) : undefined();
    }

    private static Cell tokens(SweepRun run) {
        JsonNode buckets = run.metrics().path("rate_limits").path("buckets");
        if (!buckets.isObject()) {
            return undefined();
        }
        long total = 0;
        for (JsonNode bucket : buckets) {
            total += bucket.path("tokens").asLong();
        }
        return new Cell(Long.toString(total), Long.toString(total));
    }

    private static Cell undefined() {
        return new Cell("n/a", "");
    }
}
