package dev.kalshisim.kalshi.live;

import dev.kalshisim.core.runtime.RunResult;
import dev.kalshisim.core.runtime.RunStartException;
import dev.kalshisim.core.runtime.RunnerSettings;
import dev.kalshisim.core.runtime.StrategyRunner;
import dev.kalshisim.core.runtime.ThreadedLoop;
import dev.kalshisim.core.runtime.Venue;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.core.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A live run, wired: core's {@link StrategyRunner} on a {@link ThreadedLoop} (its thread named
 * {@code kalshi-live-<name>}) against a venue, usually {@link KalshiVenue}, on the wall clock or
 * any other. Everything the run does is the runner's; this class only puts the pieces together and
 * offers a start that waits, which is safe here because the loop has its own thread.
 *
 * <pre>{@code
 * LiveRunner runner = new LiveRunner("mid-quoter", strategy, parameters,
 *         KalshiVenue.of(restClient, webSocketClient), WallClock.instance(), RunnerSettings.defaults());
 * runner.startAndWait();                // reconciles, then starts the strategy
 * clock.scheduleAfter(duration, runner::stop);
 * RunResult result = runner.termination().join();
 * }</pre>
 */
public final class LiveRunner {

    private final StrategyRunner runner;

    /** A live runner of {@code strategy}, named {@code name} in logs and its thread's name. */
    public LiveRunner(String name, Strategy strategy, StrategyParameters parameters, Venue venue, Clock clock,
            RunnerSettings settings) {
        this.runner = new StrategyRunner(name, strategy, parameters, venue, new ThreadedLoop(clock, "kalshi-live-" + name),
                clock, settings);
    }

    /** Starts without waiting; see {@link StrategyRunner#start()}. */
    public CompletableFuture<Void> start() {
        return runner.start();
    }

    /**
     * Starts and waits until the account has been read and the stream is open.
     *
     * @throws RunStartException when the server cannot be reached, refuses the key, or does not
     *                           answer within {@link RunnerSettings#startTimeoutNanos()}
     */
    public void startAndWait() {
        try {
            runner.start().join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RunStartException start) {
                throw start;
            }
            throw failure;
        }
    }

    /** Stops the strategy, cancels its open orders and waits for the cancels; see {@link StrategyRunner#stop()}. */
    public CompletableFuture<RunResult> stop() {
        return runner.stop();
    }

    /** Completes with the run's result once the runner has shut down. */
    public CompletableFuture<RunResult> termination() {
        return runner.termination();
    }

    /** The run's result so far. */
    public RunResult summary() {
        return runner.summary();
    }

    /** The runner this live run drives. */
    public StrategyRunner runner() {
        return runner;
    }
}
