package dev.kalshisim.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep's comparison report, {@code comparison.html}, beside its {@code run-NNN} folders: one
 * row per parameter set with sortable metrics, and the best runs' equity curves together. Every
 * figure comes from the runs' own {@code metrics.json} and {@code equity.csv} (written by each
 * run's {@link Report}), so the comparison and the runs' reports never disagree; nothing comes
 * from the wall clock or the folder's path, so the same sweep gives the same bytes.
 */
public final class ComparisonReport {

    public static final String HTML = "comparison.html";
    /** The chart shows this many runs, the best by P&amp;L. */
    public static final int BEST = 5;

    private ComparisonReport() {
    }

    /**
     * Writes {@code comparison.html} into a sweep folder whose runs each have their report;
     * returns the file. A run folder missing a file is a {@link ReportException}.
     */
    public static Path write(Path sweep, SweepSetup setup) {
        if (!Files.isDirectory(sweep)) {
            throw new ReportException("not a folder: " + sweep);
        }
        System.setProperty("java.awt.headless", "true");
        List<SweepRun> ranked = new ArrayList<>(SweepRun.readAll(sweep, setup.keys()));
        ranked.sort(SweepRun.RANK);
        Path html = sweep.resolve(HTML);
        Report.replace(html, ComparisonHtml.render(setup, ranked, BEST));
        return html;
    }

    /** Whether {@code dir} holds a finished sweep (its {@code sweep.json}, written last). */
    public static boolean isSweep(Path dir) {
        return Files.isRegularFile(dir.resolve(SweepSetup.SWEEP_JSON));
    }

    /**
     * Rebuilds a finished sweep's reports from its files: each run's ({@link Report#write}), then
     * the comparison, from {@code sweep.json}'s setup. Returns the comparison file.
     */
    public static Path rebuild(Path sweep) {
        SweepSetup setup = SweepSetup.read(sweep);
        for (Path run : SweepRun.folders(sweep)) {
            Report.write(run);
        }
        return write(sweep, setup);
    }
}
