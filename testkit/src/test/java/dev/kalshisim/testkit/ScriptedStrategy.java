package dev.kalshisim.testkit;

import dev.kalshisim.core.strategy.StrategyContext;
import dev.kalshisim.core.strategy.StrategyEvent;
import dev.kalshisim.testkit.EveryEventStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A strategy for tests: records what it is sent and runs the test's actions. */
final class ScriptedStrategy extends EveryEventStrategy {

    final List<StrategyEvent> received = new ArrayList<>();
    StrategyContext context;
    Consumer<StrategyContext> onStart = context -> { };
    Consumer<StrategyEvent> onEvent = event -> { };
    Runnable onStop = () -> { };
    boolean stopped;

    @Override
    public void onStart(StrategyContext context) {
        this.context = context;
        onStart.accept(context);
    }

    @Override
    public void onStop() {
        stopped = true;
        onStop.run();
    }

    @Override
    protected void onEvent(StrategyEvent event) {
        received.add(event);
        onEvent.accept(event);
    }
}
