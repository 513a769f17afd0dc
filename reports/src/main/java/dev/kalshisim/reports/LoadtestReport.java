package dev.kalshisim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A load test's report, {@code report.html}, from the files of its folder: {@code summary.json}
 * (the run's figures) and {@code timeseries.csv} (a sample every fraction of a second). Like the
 * backtest's report it reads files, not the load test's classes, so a saved run can be reported
 * again and any tool writing the same files gets the same page.
 */
public final class LoadtestReport {

    public static final String SUMMARY = "summary.json";
    public static final String TIMESERIES = "timeseries.csv";
    public static final String HTML = "report.html";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LoadtestReport() {
    }

    /** Reads {@code dir}'s summary and time series and writes {@code report.html} beside them; returns it. */
    public static Path write(Path dir) {
        Path summaryFile = dir.resolve(SUMMARY);
        if (!Files.isRegularFile(summaryFile)) {
            throw new ReportException("not a load test folder (no " + SUMMARY + "): " + dir);
        }
        JsonNode summary;
        try {
            summary = JSON.readTree(summaryFile.toFile());
        } catch (IOException e) {
            throw new ReportException("unreadable " + summaryFile + ": " + e.getMessage(), e);
        }
        LoadtestSeries series = LoadtestSeries.read(dir.resolve(TIMESERIES));
        Path html = dir.resolve(HTML);
        Report.replace(html, LoadtestHtml.render(summary, series));
        return html;
    }
}
