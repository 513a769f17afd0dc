package dev.kalshisim.cli.backtest;

import dev.kalshisim.cli.progress.ProgressLine;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.sim.backtest.BacktestProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kalshi-sim sweep --data ... --strategy NAME --grid k=v1,v2,... [--grid ...] [--param k=v]...
 * [--parallel N] --out DIR}: the backtest of every parameter set of the grid, on a local pool. Each
 * backtest is a pure function of the data, strategy, parameters and seed, so runs share nothing but
 * the memory-mapped recording and finish in any order with the same results. Each run's result
 * folder is {@code DIR/run-NNN}; {@code comparison.csv} and {@code sweep.json} (written last) list
 * them all. The last line is {@code sweep: runs=<n> best=<run> pnl=<dollars>}.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Backtest every parameter set of a grid on a local pool and compare the runs.")
public final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SweepOptions sweep;

    @Option(names = "--parallel", paramLabel = "N", description = "Backtests at once (default: the machine's cores).")
    Integer parallel;

    @Override
    public Integer call() throws Exception {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int threads = parallel == null ? Runtime.getRuntime().availableProcessors() : parallel;
        if (threads < 1) {
            throw new IllegalArgumentException("--parallel must be at least 1, got " + threads);
        }
        SweepPlan plan = sweep.plan();
        ConsoleProgress console = new ConsoleProgress(err, System.console() != null, WallClock.instance());
        RecordingSource.Opened recording = RecordingSource.open(plan.data(), console, err);

        List<SweepComparison.Row> rows = plan.execute(staging -> runAll(plan, recording, staging, threads, err));
        plan.print(stdout, threads + " at a time", rows);
        return 0;
    }

    private static List<SweepComparison.Row> runAll(SweepPlan plan, RecordingSource.Opened recording, Path staging,
            int threads, PrintWriter err) throws InterruptedException {
        SweepProgress progress = new SweepProgress(err, plan.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "sweep");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<SweepComparison.Row>> futures = new ArrayList<>();
            for (int i = 0; i < plan.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    SweepComparison.Row row = plan.run(index, recording, staging, progress.of(index));
                    progress.finished();
                    return row;
                }));
            }
            List<SweepComparison.Row> rows = new ArrayList<>();
            for (Future<SweepComparison.Row> future : futures) {
                try {
                    rows.add(future.get());
                } catch (ExecutionException failed) {
                    // A run's own failure (a bad window, unreadable data) is the one line to report.
                    if (failed.getCause() instanceof RuntimeException cause) {
                        throw cause;
                    }
                    if (failed.getCause() instanceof Error cause) {
                        throw cause;
                    }
                    throw new IllegalStateException(failed.getCause());
                }
            }
            return rows;
        } finally {
            pool.shutdownNow();
            progress.done();
        }
    }

    /** One progress line for the whole sweep: runs finished, and the share of all records replayed. */
    private static final class SweepProgress {
        private final ProgressLine line;
        private final long[] done;
        private final int runs;
        private long total;
        private int finished;

        SweepProgress(PrintWriter err, int runs) {
            this.line = new ProgressLine(err, System.console() != null, WallClock.instance());
            this.done = new long[runs];
            this.runs = runs;
        }

        BacktestProgress of(int index) {
            return (recordsDone, recordsTotal, events, elapsedNanos) -> update(index, recordsDone, recordsTotal);
        }

        private synchronized void update(int index, long recordsDone, long recordsTotal) {
            done[index] = recordsDone;
            total = recordsTotal * runs;
            long sum = 0;
            for (long value : done) {
                sum += value;
            }
            long percent = total == 0 ? 0 : sum * 100 / total;
            line.tick(() -> String.format(Locale.ROOT, "sweep: %d%% of %d runs' records, %d runs finished", percent,
                    runs, finished));
        }

        synchronized void finished() {
            finished++;
        }

        synchronized void done() {
            line.done();
        }
    }
}
