package dev.kalshisim.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/** JFreeChart time-series charts drawn headless into inline SVG (UTC axis, fixed size, white background). */
final class SvgCharts {

    static final int WIDTH = 960;
    static final int HEIGHT = 320;

    private SvgCharts() {
    }

    /**
     * A chart of lines over virtual time. Each series is drawn as one SVG path (not a line element
     * per segment, which made a 13 MB page); a step line is given as its corner points by the caller.
     */
    static XYPlot plot(String yLabel, XYSeriesCollection data) {
        DateAxis time = new DateAxis("virtual time (UTC)");
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        NumberAxis values = new NumberAxis(yLabel);
        values.setAutoRangeIncludesZero(false);
        return linePlot(time, values, data);
    }

    /**
     * A chart of lines over a numeric axis (seconds of a run, minutes to a release) rather than
     * dates, one SVG path per series; the value axis includes zero, so rates read against it.
     */
    static XYPlot numberPlot(String xLabel, String yLabel, XYSeriesCollection data) {
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        NumberAxis values = new NumberAxis(yLabel);
        values.setAutoRangeIncludesZero(true);
        return linePlot(x, values, data);
    }

    /** The reports' one line style: one SVG path per series, white ground, light grid, thin strokes. */
    private static XYPlot linePlot(ValueAxis domain, NumberAxis values, XYSeriesCollection data) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        XYPlot plot = new XYPlot(data, domain, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(1.2f));
        }
        return plot;
    }

    /** A labelled vertical line at {@code x} (a release, the moment a policy ran dry). */
    static void verticalMarker(XYPlot plot, double x, String label, Color color) {
        ValueMarker marker = new ValueMarker(x, color, new BasicStroke(1.0f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        marker.setLabel(label);
        marker.setLabelPaint(color);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(marker);
    }

    /** A dashed series: a budget or limit drawn beside what was measured against it. */
    static void dashed(XYPlot plot, int series, Color color) {
        XYItemRenderer renderer = plot.getRenderer();
        renderer.setSeriesPaint(series, color);
        renderer.setSeriesStroke(series, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
    }

    /** A solid series of {@code color}. */
    static void solid(XYPlot plot, int series, Color color) {
        XYItemRenderer renderer = plot.getRenderer();
        renderer.setSeriesPaint(series, color);
        renderer.setSeriesStroke(series, new BasicStroke(1.4f));
    }

    /** Adds point markers (no lines) as a second dataset, one shape and colour per series. */
    static void markers(XYPlot plot, XYSeriesCollection data, Shape[] shapes, Color[] colors) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesShape(i, shapes[i % shapes.length]);
            renderer.setSeriesPaint(i, colors[i % colors.length]);
        }
        int index = plot.getDatasetCount();
        plot.setDataset(index, data);
        plot.setRenderer(index, renderer);
    }

    static Shape triangle(boolean up) {
        Path2D.Double path = new Path2D.Double();
        double tip = up ? -4 : 4;
        path.moveTo(0, tip);
        path.lineTo(4, -tip);
        path.lineTo(-4, -tip);
        path.closePath();
        return path;
    }

    /**
     * The chart as an {@code <svg>} element. Ids get a fixed prefix (JFreeSVG's default is a clock
     * reading) and only the SVG namespace is declared: the page references no other URL.
     */
    static String svg(String id, String title, XYPlot plot) {
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix(id + "-");
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement()
                .replace(" xmlns:xlink='http://www.w3.org/1999/xlink'", "")
                .replace(" xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'", "");
    }
}
