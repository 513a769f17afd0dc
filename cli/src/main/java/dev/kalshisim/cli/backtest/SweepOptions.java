package dev.kalshisim.cli.backtest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that say what a sweep runs and where its results go: the replay options, the
 * strategy, the shared parameters, the grid and {@code --out}. A picocli mixin shared by the local
 * pool's {@code sweep} and the Spark job, so both read the same command line the same way; how the
 * backtests are spread (threads, a cluster) is each one's own option.
 */
public final class SweepOptions {

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

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder for the sweep: created if missing; an empty one or a previous sweep is replaced; "
                    + "any other folder is refused.")
    Path out;

    /**
     * The sweep these options describe, every parameter set checked and the {@code --out} folder
     * checked, before any data is read.
     *
     * @throws IllegalArgumentException in one line for a bad window, grid, parameter or folder
     */
    public SweepPlan plan() {
        return SweepPlan.of(replay, strategyName, fixed, grids, out);
    }

    /** The sweep's {@code --out} folder. */
    public Path out() {
        return out;
    }
}
