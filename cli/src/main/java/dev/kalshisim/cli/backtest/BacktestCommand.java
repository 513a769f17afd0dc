package dev.kalshisim.cli.backtest;

import dev.kalshisim.cli.run.StrategyChoice;
import dev.kalshisim.cli.run.StrategyOptions;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.data.DataLocation;
import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordingReader;
import dev.kalshisim.data.replay.ReplayLog;
import dev.kalshisim.data.replay.ReplayLogCache;
import dev.kalshisim.data.sample.SampleCache;
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

    @Option(names = "--data", required = true, paramLabel = "sample:NAME|DIR",
            description = "The recording: a folder or a bundled sample ('kalshi-sim samples' lists them).")
    String data;

    @Mixin
    StrategyOptions strategy;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seeds the queue model and latency jitter (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--tier", paramLabel = "TIER", defaultValue = "basic", converter = ModelOption.TierName.class,
            description = "The account's rate-limit tier (default: ${DEFAULT-VALUE}).")
    Tier tier;

    @Option(names = "--fill-model", paramLabel = "l2|trades", defaultValue = "l2", converter = ModelOption.Fill.class,
            description = "l2: orders queue in the recorded books; trades: they fill on recorded prints "
                    + "(default: ${DEFAULT-VALUE}).")
    String fillModel;

    @Option(names = "--queue-model", paramLabel = "conservative|probabilistic|optimistic",
            defaultValue = "probabilistic", converter = ModelOption.Queue.class,
            description = "Where others' cancels sit relative to the strategy's order (default: ${DEFAULT-VALUE}).")
    String queueModel;

    @Option(names = "--latency", paramLabel = "TIME", defaultValue = "25ms", converter = LatencyOption.class,
            description = "Order entry, acknowledgement and market-data latency, each (default: ${DEFAULT-VALUE}).")
    long latencyNanos;

    @Option(names = "--latency-jitter", paramLabel = "TIME", defaultValue = "10ms", converter = LatencyOption.class,
            description = "Seeded jitter added to each latency, uniform from 0 to this (default: ${DEFAULT-VALUE}).")
    long jitterNanos;

    @Option(names = "--pacing", paramLabel = "on|off", defaultValue = "on", converter = PacingOption.Converter.class,
            description = "on: requests wait for tokens as the live client paces them; off: over-budget requests "
                    + "are answered 429 (default: ${DEFAULT-VALUE}).")
    PacingOption pacing;

    @Option(names = "--from", paramLabel = "T", converter = InstantOption.class,
            description = "Replay from this instant, like 2026-03-18T18:00:00Z (default: the recording's start).")
    Long from;

    @Option(names = "--to", paramLabel = "T", converter = InstantOption.class,
            description = "Replay up to this instant (default: the recording's end).")
    Long to;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder for the result files: created if missing; an empty one or a previous result is "
                    + "replaced; any other folder is refused.")
    Path out;

    private Manifest manifest;

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
        Window.checkOrder(from, to);
        ResultFolder folder = ResultFolder.claim(out);
        StrategyChoice choice = strategy.choice();
        ConsoleProgress progress = new ConsoleProgress(err, System.console() != null, clock());

        ReplayLog log = open(progress, err);
        Window window = Window.of(from, to, log.header());
        BacktestConfig config = BacktestConfig.defaults(log, choice.strategy(), choice.name())
                .withParameters(choice.parameters()).withSeed(seed).withTier(tier).withFillModel(fillModel)
                .withQueueModel(queueModel).withLatency(BacktestConfig.Latency.uniform(latencyNanos, jitterNanos))
                .withPacing(pacing.paced()).withWindow(window.fromNanos(), window.toNanos())
                .withManifest(manifest);

        Path staging = folder.stage();
        BacktestResult result;
        long waits;
        try (ResultFiles files = new ResultFiles(staging)) {
            try (ConsoleProgress.Phase replay = progress.phase()) {
                result = runner.run(config, files, progress.replay(replay));
            }
            files.close();
            waits = files.waits();
            // Last, so that only a finished result carries the marker.
            SummaryFile.write(staging.resolve(ResultFolder.SUMMARY),
                    new SummaryFile.Contents(data, config, result, files));
            // Read back from the staged files, as `report DIR` reads them; published with them in one move.
            Report.write(staging);
        } catch (RuntimeException | Error failure) {
            folder.abandon();
            throw failure;
        }
        folder.publish();

        List<String> lines = SummaryText.lines(data, config, result, waits, out.toString());
        for (String line : lines.subList(0, lines.size() - 1)) {
            stdout.println(line);
        }
        stdout.println("report     " + out.resolve(Report.HTML));
        // The machine-readable summary line stays last.
        stdout.println(lines.get(lines.size() - 1));
        stdout.flush();
        return 0;
    }

    /** The recording's replay log, generating the sample and building the log first if need be. */
    private ReplayLog open(ConsoleProgress progress, PrintWriter err) {
        Path dir;
        try (ConsoleProgress.Phase generating = progress.phase()) {
            String sample = data.startsWith(DataLocation.SAMPLE_SCHEME)
                    ? data.substring(DataLocation.SAMPLE_SCHEME.length()) : data;
            dir = DataLocation.resolve(data, SampleCache.defaults(), progress.generation(generating, sample));
        }
        ReplayLogCache.CachedLog cached;
        try (ConsoleProgress.Phase building = progress.phase()) {
            cached = ReplayLogCache.standard().open(dir, progress.logBuilding(building));
        }
        // The manifest names each market's series, event, fees and price grid, as serve --replay reads them.
        manifest = RecordingReader.readManifest(dir);
        if (cached.outcome() == ReplayLogCache.Outcome.REBUILT) {
            // Worth a line: the cached log was stale or damaged, which is why this start was slow.
            err.println("rebuilt the replay log: " + cached.reason());
            err.flush();
        }
        return cached.log();
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
