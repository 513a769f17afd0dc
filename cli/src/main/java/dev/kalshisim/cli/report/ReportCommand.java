package dev.kalshisim.cli.report;

import dev.kalshisim.reports.Report;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kalshi-sim report DIR}: rebuilds {@code report.html}, {@code metrics.json} and
 * {@code equity.csv} of an existing backtest result from its files. A folder that is not a result
 * or cannot be read is one line on standard error and a non-zero exit (the report's
 * {@code ReportException}, printed by the command line's one-line error handler).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuild the HTML report, metrics.json and equity.csv of a backtest result folder.")
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder written by 'kalshi-sim backtest --out DIR'.")
    Path dir;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        Path html = Report.write(dir);
        spec.commandLine().getOut().println("report     " + html);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
