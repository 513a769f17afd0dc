package dev.kalshisim.cli.backtest;

import dev.kalshisim.cli.progress.ProgressLine;
import dev.kalshisim.cli.run.StrategyChoice;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.sim.backtest.Backtest;
import dev.kalshisim.sim.backtest.BacktestConfig;
import dev.kalshisim.sim.backtest.BacktestProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    ReplayOptions replay;

    @Option(names = "--strategy", required = true, paramLabel = "NAME",
            description = "Strategy to run; 'kalshi-sim strategies' lists them.")
    String strategyName;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A parameter every run shares; repeatable.")
    List<String> fixed = new ArrayList<>();

    @Option(names = "--grid", required = true, paramLabel = "KEY=V1,V2,...",
            description = "A parameter and the values to sweep; repeatable (every combination runs).")
    List<String> grids = new ArrayList<>();

    @Option(names = "--parallel", paramLabel = "N", description = "Backtests at once (default: the machine's cores).")
    Integer parallel;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder for the sweep: created if missing; an empty one or a previous sweep is replaced; "
                    + "any other folder is refused.")
    Path out;

    /** What a sweep ran, for its {@code sweep.json}. */
    record Described(String data, String strategy, Map<String, String> fixed, SweepGrid grid, long seed) {
    }

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
        replay.checkWindow();
        SweepGrid grid = SweepGrid.parse(grids);
        ResultFolder folder = ResultFolder.claimSweep(out);
        Map<String, String> shared = StrategyParameters.parse(fixed).asMap();
        List<Map<String, String>> sets = grid.combinations();
        List<StrategyChoice> choices = new ArrayList<>();
        for (Map<String, String> set : sets) {
            // Every parameter set is checked before the first run starts: a bad value fails in a second.
            List<String> pairs = new ArrayList<>(fixed);
            set.forEach((key, value) -> pairs.add(key + "=" + value));
            choices.add(StrategyChoice.of(strategyName, pairs));
        }
        ConsoleProgress console = new ConsoleProgress(err, System.console() != null, WallClock.instance());
        RecordingSource.Opened recording = RecordingSource.open(replay.data, console, err);

        Path staging = folder.stage();
        List<SweepComparison.Row> rows;
        try {
            rows = runAll(recording, sets, choices, staging, threads, err);
            SweepComparison.writeCsv(staging.resolve(SweepComparison.CSV), List.copyOf(grid.axes().keySet()), rows);
            SweepComparison.writeJson(staging.resolve(ResultFolder.SWEEP),
                    new Described(replay.data, strategyName, shared, grid, replay.seed), rows);
        } catch (ExecutionException failed) {
            folder.abandon();
            // A run's own failure (a bad window, unreadable data) is the one line to report.
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        } catch (RuntimeException | Error | InterruptedException failure) {
            folder.abandon();
            throw failure;
        }
        folder.publish();

        List<SweepComparison.Row> ranked = SweepComparison.ranked(rows);
        stdout.printf(Locale.ROOT, "sweep      %s on %s: %d parameter sets, %d at a time%n", strategyName, replay.data,
                rows.size(), threads);
        for (SweepComparison.Row row : ranked) {
            stdout.printf(Locale.ROOT, "%-8s %-40s pnl %12s  fees %10s  orders %,8d  fills %,7d  429s %,5d%n",
                    row.run(), row.parameters(), row.result().pnl(), row.result().fees(), row.result().orders(),
                    row.result().fills(), row.result().rejections429());
        }
        stdout.println("results    " + out + ": run-NNN folders, " + SweepComparison.CSV + ", " + ResultFolder.SWEEP);
        SweepComparison.Row best = ranked.get(0);
        stdout.println("sweep: runs=" + rows.size() + " best=" + best.run() + " pnl=" + best.result().pnl());
        stdout.flush();
        return 0;
    }

    private List<SweepComparison.Row> runAll(RecordingSource.Opened recording, List<Map<String, String>> sets,
            List<StrategyChoice> choices, Path staging, int threads, PrintWriter err)
            throws InterruptedException, ExecutionException {
        SweepProgress progress = new SweepProgress(err, sets.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "sweep");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<SweepComparison.Row>> futures = new ArrayList<>();
            for (int i = 0; i < sets.size(); i++) {
                int index = i;
                String run = String.format(Locale.ROOT, "run-%03d", i + 1);
                futures.add(pool.submit(() -> {
                    BacktestConfig config = replay.config(recording, choices.get(index));
                    RunWriter.Written written = RunWriter.write(replay.data, config,
                            ResultFolder.claim(staging.resolve(run)), Backtest::run, progress.of(index));
                    progress.finished();
                    return new SweepComparison.Row(run, new LinkedHashMap<>(sets.get(index)), written.result());
                }));
            }
            List<SweepComparison.Row> rows = new ArrayList<>();
            for (Future<SweepComparison.Row> future : futures) {
                rows.add(future.get());
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
