package dev.kalshisim.testkit.runner;

import dev.kalshisim.core.runtime.RunStartException;
import dev.kalshisim.core.runtime.RunnerSettings;
import dev.kalshisim.core.runtime.StrategyRunner;
import dev.kalshisim.core.runtime.ThreadedLoop;
import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.testkit.RecordingStrategy;
import dev.kalshisim.testkit.TestVenue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * A runner on its own thread against the test kit's in-memory venue, on a virtual clock, and the
 * test's view of it.
 */
final class RunnerHarness implements AutoCloseable {

    /** 2026-03-02T14:00:00Z in epoch nanos. */
    static final long START_NANOS = 1_772_460_000_000_000_000L;
    static final long SECOND = 1_000_000_000L;

    final VirtualClock clock = new VirtualClock(START_NANOS);
    final TestVenue venue = new TestVenue();
    final RecordingStrategy strategy = new RecordingStrategy();
    private RunnerSettings settings = RunnerSettings.defaults().withClientOrderIdPrefix("run1");
    private StrategyRunner runner;

    RunnerHarness settings(RunnerSettings value) {
        settings = value;
        return this;
    }

    RunnerSettings settings() {
        return settings;
    }

    /**
     * Builds and starts the runner; returns once the start's chain completed (at once: the venue
     * answers on the calling thread).
     *
     * @throws RunStartException when the start failed
     */
    StrategyRunner start() {
        runner = new StrategyRunner("test", strategy, StrategyParameters.empty(), venue,
                new ThreadedLoop(clock, "runner-test"), clock, settings);
        try {
            runner.start().join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RunStartException start) {
                throw start;
            }
            throw failure;
        }
        return runner;
    }

    StrategyRunner runner() {
        return runner;
    }

    /** Waits for the strategy to have been told that order {@code id} is in {@code state}. */
    OrderUpdate awaitUpdate(String id, OrderState state) {
        Eventually.until(() -> find(id, state) != null,
                () -> "an update of " + id + " to " + state + "; got " + strategy.events());
        return find(id, state);
    }

    private OrderUpdate find(String id, OrderState state) {
        for (OrderUpdate update : strategy.events(OrderUpdate.class)) {
            if ((id.equals(update.clientOrderId()) || id.equals(update.orderId())) && update.state() == state) {
                return update;
            }
        }
        return null;
    }

    @Override
    public void close() throws Exception {
        if (runner != null && !runner.termination().isDone()) {
            runner.stop();
            // Cancels left unanswered time out on the virtual clock.
            Eventually.until(() -> {
                clock.advanceBy(settings.shutdownTimeoutNanos());
                return runner.termination().isDone();
            }, () -> "the runner to stop");
        }
        if (runner != null && !runner.termination().isCompletedExceptionally()) {
            runner.termination().get(10, TimeUnit.SECONDS);
        }
    }
}
