package dev.kalshisim.reports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes a result folder's report beside its files: {@code metrics.json}, {@code equity.csv} and
 * {@code report.html}. Each is written to a temporary file and moved over the old one, so a
 * reader sees an old report or a new one, never half of one.
 */
public final class Report {

    public static final String METRICS = "metrics.json";
    public static final String EQUITY = "equity.csv";
    public static final String HTML = "report.html";

    private Report() {
    }

    /** Reads {@code dir} and writes its report into it; returns the HTML file. */
    public static Path write(Path dir) {
        RunResult run = RunResult.read(dir);
        RunFacts facts = RunFacts.of(run.summary());
        List<EquityCurve.Point> equity = EquityCurve.of(run, facts);
        ObjectNode metrics = RunMetrics.of(run, facts, equity);
        replace(dir.resolve(METRICS), MetricsJson.text(metrics));
        replace(dir.resolve(EQUITY), EquityCsv.text(equity));
        Path html = dir.resolve(HTML);
        replace(html, HtmlReport.render(run, facts, equity, metrics));
        return html;
    }

    static void replace(Path target, String text) {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ReportException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
