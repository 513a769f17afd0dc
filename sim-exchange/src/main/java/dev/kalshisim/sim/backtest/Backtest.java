package dev.kalshisim.sim.backtest;

import dev.kalshisim.core.runtime.RunResult;
import dev.kalshisim.core.runtime.RunnerSettings;
import dev.kalshisim.core.runtime.StrategyRunner;
import dev.kalshisim.core.runtime.VirtualClockLoop;
import java.util.concurrent.CompletionException;

/**
 * Runs one strategy over a recorded market on virtual time: the recording is the rest of the
 * market, the strategy's orders meet it through the simulator's own engine (Kalshi's rules, fees,
 * collateral), with latency and the account's rate limits, and every change goes to the journal.
 *
 * <p>The strategy runs in core's {@link StrategyRunner} on a {@link VirtualClockLoop}, the same
 * runtime as live trading, behind the backtest's venue; everything happens on the calling thread.
 */
public final class Backtest {

    /** The client order id prefix of a backtest's orders. */
    public static final String CLIENT_ORDER_ID_PREFIX = "bt";

    private Backtest() {
    }

    /**
     * Replays {@code config}'s window, driving its strategy, and returns the result once the
     * recording is exhausted and the strategy has stopped (its open orders canceled).
     *
     * @throws IllegalArgumentException for an unknown fill or queue model
     * @throws BacktestException when the strategy could not start
     */
    public static BacktestResult run(BacktestConfig config, BacktestJournal journal, BacktestProgress progress) {
        return run(config, RunnerSettings.defaults().withClientOrderIdPrefix(CLIENT_ORDER_ID_PREFIX), journal,
                progress);
    }

    /** As {@link #run(BacktestConfig, BacktestJournal, BacktestProgress)}, with the runner's settings (blackouts). */
    public static BacktestResult run(BacktestConfig config, RunnerSettings settings, BacktestJournal journal,
            BacktestProgress progress) {
        BacktestWorld world = new BacktestWorld(config, journal, progress);
        StrategyRunner runner = new StrategyRunner(config.strategyName(), config.strategy(), config.parameters(),
                world.venue(), new VirtualClockLoop(world.clock()), world.clock(), settings);
        var started = runner.start();
        world.driver().replayAll();
        if (started.isCompletedExceptionally()) {
            throw new BacktestException("the strategy did not start: " + failureOf(started));
        }
        runner.stop();
        // Shutting down cancels the open orders over the venue: drive time until the runner is done.
        while (!runner.termination().isDone()) {
            long next = world.clock().nextDueNanos();
            if (next == Long.MAX_VALUE) {
                break;
            }
            world.driver().advanceTo(next);
        }
        RunResult run = runner.termination().getNow(runner.summary());
        BacktestVenue venue = world.venue();
        BacktestResult result = new BacktestResult(world.model().name(), world.model().queueModel(), world.pnl(),
                venue.fees(), venue.ordersAccepted(), venue.fills(), venue.rejections(), venue.rejections429(),
                venue.waitNanos(), venue.tokensByBucket(), venue.tokensByEndpoint(), world.driver().events(),
                world.driver().records(), world.driver().elapsedNanos(), run, world.exchange().unofferedLevels(),
                world.exchange().unmatchedFills());
        journal.finish(result);
        return result;
    }

    private static String failureOf(java.util.concurrent.CompletableFuture<Void> started) {
        try {
            started.join();
            return "unknown";
        } catch (CompletionException failure) {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            return cause.getMessage();
        }
    }
}
