package dev.kalshisim.cli.backtest;

import dev.kalshisim.cli.run.StrategyChoice;
import dev.kalshisim.cli.run.StrategyOptions;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.reports.Report;
import dev.kalshisim.sim.backtest.Backtest;
import dev.kalshisim.sim.backtest.BacktestConfig;
import dev.kalshisim.sim.backtest.BacktestJournal;
import dev.kalshisim.sim.backtest.BacktestProgress;
import dev.kalshisim.sim.backtest.BacktestResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kalshi-sim backtest --data sample:NAME|DIR --strategy NAME [--param k=v]... [--seed N]
 * [--tier basic] [--fill-model l2|trades] [--queue-model conservative|probabilistic|optimistic]
 * [--latency 25ms] [--latency-jitter 10ms] [--pacing on|off] [--from T] [--to T] --out DIR}:
 * one strategy over a recorded market on virtual time, its result files in {@code --out} and a
 * summary whose last line is machine-readable ({@link SummaryText}).
 *
 * <p>What the user can get wrong is checked in the order that wastes the least: the options as
 * they are read, then the {@code --out} folder and the strategy, then the data (a sample is
 * generated and a replay log built on first use, with progress), then the window against the
 * recording. Each refusal is one line on standard error and a non-zero exit.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Backtest a strategy on a recorded market (DIR or sample:NAME) on virtual time, with Kalshi's "
                + "rules, queues, latency and rate limits; writes result files to --out and prints a summary.")
public final class BacktestCommand implements Callable<Integer> {

    /** Runs a configured backtest: {@link Backtest#run}, or a scripted run in the command's tests. */
    @FunctionalInterface
    interface Runner {
        BacktestResult run(BacktestConfig config, BacktestJournal journal, BacktestProgress progress);
    }

    private final Runner runner;

    @Spec
    CommandSpec spec;

    @Mixin
    ReplayOptions replay;

    @Mixin
    StrategyOptions strategy;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder for the result files: created if missing; an empty one or a previous result is "
                    + "replaced; any other folder is refused.")
    Path out;

    /** The command as the command line makes it. */
    public BacktestCommand() {
        this(Backtest::run);
    }

    BacktestCommand(Runner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        quietLog();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        replay.checkWindow();
        ResultFolder folder = ResultFolder.claim(out);
        StrategyChoice choice = strategy.choice();
        ConsoleProgress progress = new ConsoleProgress(err, System.console() != null, clock());

        RecordingSource.Opened recording = RecordingSource.open(replay.data, progress, err);
        BacktestConfig config = replay.config(recording, choice);
        RunWriter.Written written;
        try (ConsoleProgress.Phase phase = progress.phase()) {
            written = RunWriter.write(replay.data, config, folder, runner, progress.replay(phase));
        }

        List<String> lines = SummaryText.lines(replay.data, config, written.result(), written.waits(), out.toString());
        for (String line : lines.subList(0, lines.size() - 1)) {
            stdout.println(line);
        }
        stdout.println("report     " + out.resolve(Report.HTML));
        // The machine-readable summary line stays last.
        stdout.println(lines.get(lines.size() - 1));
        stdout.flush();
        return 0;
    }

    /**
     * Keeps the strategy's and the runner's info lines off standard error, where they would break
     * the progress line: everything they say is in the result files (rejections, orders). Set the
     * property {@code org.slf4j.simpleLogger.defaultLogLevel} to see them. Only effective before
     * the first logger is made, which for the jar is now.
     */
    private static void quietLog() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }

    /** The wall clock, for progress only: nothing the result files hold depends on it. */
    private static Clock clock() {
        return WallClock.instance();
    }
}
