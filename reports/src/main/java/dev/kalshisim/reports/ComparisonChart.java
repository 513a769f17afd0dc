package dev.kalshisim.reports;

import dev.kalshisim.core.model.Money;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The best runs' equity curves in one chart, one line per run named by its folder and grid values.
 * The colours are fixed (and told apart by people with the common colour-vision deficiencies) so
 * the page's key beside the chart can name them.
 */
final class ComparisonChart {

    /** The chart's id, also the prefix of its SVG definitions. */
    static final String ID = "best-equity";
    /** Okabe and Ito's palette, one colour per best run. */
    static final List<Color> COLORS = List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000));

    private ComparisonChart() {
    }

    /** The SVG of {@code best} (at most {@link #COLORS} runs), best first. */
    static String svg(List<SweepRun> best) {
        if (best.size() > COLORS.size()) {
            throw new IllegalArgumentException("at most " + COLORS.size() + " runs in one chart, got " + best.size());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        for (SweepRun run : best) {
            XYSeries series = new XYSeries(key(run), false, true);
            for (SweepRun.Sample sample : run.equity()) {
                series.add(sample.tsNanos() / 1_000_000.0, sample.equity().micros() / (double) Money.SCALE);
            }
            data.addSeries(series);
        }
        XYPlot plot = SvgCharts.plot("dollars", data);
        XYItemRenderer renderer = plot.getRenderer();
        for (int i = 0; i < best.size(); i++) {
            renderer.setSeriesPaint(i, COLORS.get(i));
            renderer.setSeriesStroke(i, new BasicStroke(1.6f));
        }
        String title = best.size() == 1 ? "Equity of the best run by P&L"
                : "Equity of the best " + best.size() + " runs by P&L";
        return SvgCharts.svg(ID, title, plot);
    }

    /** The run's name in the chart's legend: its folder and grid values. */
    static String key(SweepRun run) {
        String label = run.label();
        return label.isEmpty() ? run.name() : run.name() + " " + label;
    }

    /** The CSS colour of the {@code index}-th best run's line. */
    static String css(int index) {
        return String.format(Locale.ROOT, "#%06X", COLORS.get(index).getRGB() & 0xFFFFFF);
    }
}
