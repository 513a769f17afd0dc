package dev.kalshisim.cli.backtest;

import dev.kalshisim.cli.run.StrategyChoice;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.sim.backtest.BacktestConfig;
import java.io.Serializable;
import picocli.CommandLine.Option;

/**
 * The options of every command that replays a recording for a strategy ({@code backtest},
 * {@code sweep}): the data, seed, tier, fill and queue models, latency, pacing and window, read and
 * checked the same way; a picocli mixin. Serializable: a sweep's plan carries them to the JVMs that
 * run its backtests ({@link SweepPlan}), every value being a string, number or enum.
 */
final class ReplayOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Option(names = "--data", required = true, paramLabel = "sample:NAME|DIR",
            description = "The recording: a folder or a bundled sample ('kalshi-sim samples' lists them).")
    String data;

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

    /** Refuses a window whose end is not after its start, before any data is read. */
    void checkWindow() {
        Window.checkOrder(from, to);
    }

    /** The backtest of {@code choice} over {@code recording} as these options describe it. */
    BacktestConfig config(RecordingSource.Opened recording, StrategyChoice choice) {
        return config(recording, choice.strategy(), choice.name(), choice.parameters());
    }

    /** The backtest of one strategy instance with its parameters over {@code recording}. */
    BacktestConfig config(RecordingSource.Opened recording, Strategy strategy, String name,
            StrategyParameters parameters) {
        Window window = Window.of(from, to, recording.log().header());
        return BacktestConfig.defaults(recording.log(), strategy, name)
                .withParameters(parameters).withSeed(seed).withTier(tier).withFillModel(fillModel)
                .withQueueModel(queueModel).withLatency(BacktestConfig.Latency.uniform(latencyNanos, jitterNanos))
                .withPacing(pacing.paced()).withWindow(window.fromNanos(), window.toNanos())
                .withManifest(recording.manifest());
    }
}
