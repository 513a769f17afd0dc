package dev.kalshisim.cli.report;

import dev.kalshisim.reports.ComparisonReport;
import dev.kalshisim.reports.Report;
import dev.kalshisim.reports.ReportException;
import dev.kalshisim.reports.RunResult;
import dev.kalshisim.reports.SweepSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kalshi-sim report DIR}: rebuilds the report of an existing result from its files. A
 * backtest's folder gets {@code report.html}, {@code metrics.json} and {@code equity.csv}; a
 * finished sweep's folder (its {@code sweep.json}) gets every run's report and then
 * {@code comparison.html}. Any other folder, or one that cannot be read, is one line on standard
 * error and a non-zero exit (the report's {@code ReportException}, printed by the command line's
 * one-line error handler).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuild the report of a backtest result folder, or every report of a sweep folder.")
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR",
            description = "A folder written by 'kalshi-sim backtest --out DIR' or 'kalshi-sim sweep --out DIR'.")
    Path dir;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        Path html;
        if (!Files.isDirectory(dir)) {
            throw new ReportException("not a folder: " + dir);
        } else if (ComparisonReport.isSweep(dir)) {
            html = ComparisonReport.rebuild(dir);
        } else if (Files.isRegularFile(dir.resolve(RunResult.SUMMARY))) {
            html = Report.write(dir);
        } else {
            throw new ReportException("not a backtest or sweep result (no " + RunResult.SUMMARY + " or "
                    + SweepSetup.SWEEP_JSON + "): " + dir);
        }
        spec.commandLine().getOut().println("report     " + html);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
