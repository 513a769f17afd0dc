package dev.kalshisim.cli.backtest;

import dev.kalshisim.reports.Report;
import dev.kalshisim.sim.backtest.BacktestConfig;
import dev.kalshisim.sim.backtest.BacktestProgress;
import dev.kalshisim.sim.backtest.BacktestResult;
import java.nio.file.Path;

/**
 * Runs one backtest into a result folder: the journal streamed to the result files in the folder's
 * staging copy, {@code summary.json}, then the report read back from them, then the folder published; on failure nothing of the
 * run is left.
 */
final class RunWriter {

    /** What one run ended with, and how many of its requests waited for tokens. */
    record Written(BacktestResult result, long waits) {
    }

    private RunWriter() {
    }

    static Written write(String data, BacktestConfig config, ResultFolder folder, BacktestCommand.Runner runner,
            BacktestProgress progress) {
        Path staging = folder.stage();
        BacktestResult result;
        long waits;
        try (ResultFiles files = new ResultFiles(staging)) {
            result = runner.run(config, files, progress);
            files.close();
            waits = files.waits();
            // Last, so that only a finished result carries the marker.
            SummaryFile.write(staging.resolve(ResultFolder.SUMMARY), new SummaryFile.Contents(data, config, result, files));
            // Read back from the staged files, as `report DIR` reads them; published with them in one move.
            Report.write(staging);
        } catch (RuntimeException | Error failure) {
            folder.abandon();
            throw failure;
        }
        folder.publish();
        return new Written(result, waits);
    }
}
