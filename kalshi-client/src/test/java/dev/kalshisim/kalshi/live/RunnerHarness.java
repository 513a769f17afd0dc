package dev.kalshisim.kalshi.live;

import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.core.time.VirtualClock;
import java.util.concurrent.TimeUnit;

/** A runner over scripted fakes on a virtual clock, and the test's view of it. */
final class RunnerHarness implements AutoCloseable {

    /** 2026-03-02T14:00:00Z in epoch nanos. */
    static final long START_NANOS = 1_772_460_000_000_000_000L;
    static final long SECOND = 1_000_000_000L;

    final VirtualClock clock = new VirtualClock(START_NANOS);
    final ScriptedGateway gateway = new ScriptedGateway();
    final FakeAccount account = new FakeAccount();
    final FakeStream stream = new FakeStream();
    final RecordingStrategy strategy = new RecordingStrategy();
    private LiveSettings settings = LiveSettings.defaults().withClientOrderIdPrefix("run1");
    private LiveRunner runner;

    RunnerHarness settings(LiveSettings value) {
        settings = value;
        return this;
    }

    LiveSettings settings() {
        return settings;
    }

    /** Builds and starts the runner. */
    LiveRunner start() {
        runner = new LiveRunner("test", strategy, StrategyParameters.empty(),
                new LiveConnection(gateway, account, stream, () -> null), clock, settings);
        runner.start();
        return runner;
    }

    LiveRunner runner() {
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
