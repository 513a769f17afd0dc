package dev.kalshisim.cli.backtest;

import dev.kalshisim.cli.run.StrategyChoice;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.data.DataLocation;
import dev.kalshisim.reports.ComparisonReport;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.sim.backtest.Backtest;
import dev.kalshisim.sim.backtest.BacktestConfig;
import dev.kalshisim.sim.backtest.BacktestProgress;
import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A checked sweep: the replay options, the strategy, the shared parameters and every parameter set
 * of the grid, in run order. The one code path of both ways to run a sweep, the local pool's
 * {@code sweep} and the Spark job: {@link #run(int, Path)} runs set {@code i} into
 * {@code run-NNN} and returns its row, {@link #execute} claims the {@code --out} folder, has every
 * set run, writes the comparison and publishes the folder.
 *
 * <p>Serializable and made of strings, numbers and enums, so it travels to the JVMs that run its
 * backtests; a strategy instance is built where it runs.
 */
public final class SweepPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Recordings this JVM has opened for sweeps run through {@link #run(int, Path)}, by {@code --data}. */
    private static final Map<String, RecordingSource.Opened> OPENED = new ConcurrentHashMap<>();

    private final ReplayOptions replay;
    private final String strategy;
    private final ArrayList<String> fixed;
    private final LinkedHashMap<String, String> shared;
    private final SweepGrid grid;
    private final ArrayList<LinkedHashMap<String, String>> sets;
    private final String out;
    /** Where the runs open the recording: {@code --data}, or the same folder as an absolute path. */
    private final String location;

    /** Runs every parameter set of a plan into a staging folder, each with {@link #run(int, Path)} or its like. */
    @FunctionalInterface
    public interface Runs {
        /** The rows of every set, in run order. */
        List<SweepComparison.Row> all(Path staging) throws Exception;
    }

    private SweepPlan(ReplayOptions replay, String strategy, List<String> fixed, Map<String, String> shared,
            SweepGrid grid, List<Map<String, String>> sets, String out) {
        this.replay = replay;
        this.strategy = strategy;
        this.fixed = new ArrayList<>(fixed);
        this.shared = new LinkedHashMap<>(shared);
        this.grid = grid;
        this.sets = new ArrayList<>();
        for (Map<String, String> set : sets) {
            this.sets.add(new LinkedHashMap<>(set));
        }
        this.out = out;
        this.location = replay.data;
    }

    private SweepPlan(SweepPlan plan, String location) {
        this.replay = plan.replay;
        this.strategy = plan.strategy;
        this.fixed = plan.fixed;
        this.shared = plan.shared;
        this.grid = plan.grid;
        this.sets = plan.sets;
        this.out = plan.out;
        this.location = location;
    }

    /**
     * Checks what the command line gave, cheapest first (the window's order, the grid, the folder,
     * then every parameter set against the strategy), before any data is read.
     */
    static SweepPlan of(ReplayOptions replay, String strategy, List<String> fixed, List<String> grids, Path out) {
        replay.checkWindow();
        SweepGrid grid = SweepGrid.parse(grids);
        ResultFolder.claimSweep(out);
        Map<String, String> shared = StrategyParameters.parse(fixed).asMap();
        List<Map<String, String>> sets = grid.combinations();
        SweepPlan plan = new SweepPlan(replay, strategy, fixed, shared, grid, sets, out.toString());
        for (int i = 0; i < sets.size(); i++) {
            // Every parameter set is checked before the first run starts: a bad value fails in a second.
            plan.choice(i);
        }
        return plan;
    }

    /**
     * The same plan with a relative {@code --data} folder made absolute against this JVM's working
     * directory, for runs in JVMs that start elsewhere (a cluster's executors). The result files
     * still name the data as given, so they match a local sweep's.
     */
    public SweepPlan withAbsoluteData() {
        if (replay.data.startsWith(DataLocation.SAMPLE_SCHEME) || Path.of(replay.data).isAbsolute()) {
            return this;
        }
        return new SweepPlan(this, Path.of(replay.data).toAbsolutePath().normalize().toString());
    }

    /** How many parameter sets, so runs. */
    public int size() {
        return sets.size();
    }

    /** The {@code --data} the runs replay, as given. */
    public String data() {
        return replay.data;
    }

    /** The strategy's name, as given. */
    public String strategy() {
        return strategy;
    }

    /** The result folder's name of parameter set {@code index} (from 0): {@code run-001} for the first. */
    public static String runName(int index) {
        return String.format(Locale.ROOT, "run-%03d", index + 1);
    }

    /**
     * Runs parameter set {@code index} into {@code staging/run-NNN} and returns its row, opening
     * the recording once per JVM: what each task of a distributed sweep does. {@code staging} must
     * be the folder {@link #execute} staged, seen by this JVM at the same path.
     */
    public SweepComparison.Row run(int index, Path staging) {
        return run(index, opened(), staging, (recordsDone, recordsTotal, events, elapsedNanos) -> { });
    }

    /**
     * Opens the recording in this JVM and builds the first run's configuration, so that unreadable
     * data or a window outside the recording is one line before any run starts.
     */
    public void checkData() {
        config(0, opened());
    }

    /** Runs parameter set {@code index} over an opened recording into {@code staging/run-NNN}. */
    SweepComparison.Row run(int index, RecordingSource.Opened recording, Path staging, BacktestProgress progress) {
        String run = runName(index);
        RunWriter.Written written = RunWriter.write(replay.data, config(index, recording),
                ResultFolder.claim(staging.resolve(run)), Backtest::run, progress);
        return new SweepComparison.Row(run, new LinkedHashMap<>(sets.get(index)),
                SweepComparison.Figures.of(written.result()));
    }

    /**
     * The whole sweep into {@code --out}: the folder claimed and staged, every set run by
     * {@code runs}, the comparison written, the folder published; after any failure nothing of
     * the sweep is left and a previous sweep in the folder is kept.
     *
     * @return the rows in run order
     */
    public List<SweepComparison.Row> execute(Runs runs) throws Exception {
        ResultFolder folder = ResultFolder.claimSweep(Path.of(out));
        Path staging = folder.stage();
        List<SweepComparison.Row> rows;
        try {
            rows = List.copyOf(runs.all(staging));
            if (rows.size() != sets.size()) {
                throw new IllegalStateException("the sweep returned " + rows.size() + " rows for " + sets.size()
                        + " parameter sets");
            }
            SweepComparison.write(staging, this, rows);
        } catch (Exception | Error failure) {
            folder.abandon();
            throw failure;
        }
        folder.publish();
        return rows;
    }

    /**
     * What a finished sweep prints: the runs ranked by PnL, where the results are, and last the
     * machine-readable {@code sweep: runs=<n> best=<run> pnl=<dollars>}.
     *
     * @param how how the backtests were spread, after the count of parameter sets
     */
    public void print(PrintWriter stdout, String how, List<SweepComparison.Row> rows) {
        List<SweepComparison.Row> ranked = SweepComparison.ranked(rows);
        stdout.printf(Locale.ROOT, "sweep      %s on %s: %d parameter sets, %s%n", strategy, replay.data,
                rows.size(), how);
        for (SweepComparison.Row row : ranked) {
            stdout.printf(Locale.ROOT, "%-8s %-40s pnl %12s  fees %10s  orders %,8d  fills %,7d  429s %,5d%n",
                    row.run(), row.parameters(), row.result().pnl(), row.result().fees(), row.result().orders(),
                    row.result().fills(), row.result().rejections429());
        }
        stdout.println("results    " + out + ": run-NNN folders, " + SweepComparison.CSV + ", " + ResultFolder.SWEEP);
        SweepComparison.Row best = ranked.get(0);
        stdout.println("report     " + Path.of(out).resolve(ComparisonReport.HTML));
        stdout.println("sweep: runs=" + rows.size() + " best=" + best.run() + " pnl=" + best.result().pnl());
        stdout.flush();
    }

    Map<String, String> shared() {
        return shared;
    }

    SweepGrid grid() {
        return grid;
    }

    long seed() {
        return replay.seed;
    }

    /** The grid's keys, in the comparison's column order. */
    List<String> keys() {
        return List.copyOf(grid.axes().keySet());
    }

    private BacktestConfig config(int index, RecordingSource.Opened recording) {
        return replay.config(recording, choice(index));
    }

    /** A fresh strategy for parameter set {@code index}, with the shared parameters. */
    private StrategyChoice choice(int index) {
        List<String> pairs = new ArrayList<>(fixed);
        sets.get(index).forEach((key, value) -> pairs.add(key + "=" + value));
        return StrategyChoice.of(strategy, pairs);
    }

    /** The recording, opened once per JVM (generated and its replay log built first if need be). */
    private RecordingSource.Opened opened() {
        return OPENED.computeIfAbsent(location, data -> {
            PrintWriter err = new PrintWriter(System.err, true);
            return RecordingSource.open(data, new ConsoleProgress(err, System.console() != null,
                    WallClock.instance()), err);
        });
    }
}
