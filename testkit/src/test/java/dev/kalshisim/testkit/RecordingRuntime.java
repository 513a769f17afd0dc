package dev.kalshisim.testkit;

import dev.kalshisim.core.strategy.StrategyCommand;
import dev.kalshisim.core.strategy.StrategyRuntime;
import dev.kalshisim.core.strategy.TimerEvent;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.time.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A bare runtime for driver tests: records commands, hands timers to the test. */
final class RecordingRuntime implements StrategyRuntime {

    final VirtualClock clock = new VirtualClock(1_000_000_000_000L);
    final List<StrategyCommand> sent = new ArrayList<>();
    Consumer<StrategyCommand> onSend = command -> { };
    Consumer<TimerEvent> onTimer = timer -> { };

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void send(StrategyCommand command) {
        sent.add(command);
        onSend.accept(command);
    }

    @Override
    public Money balance() {
        return Money.ZERO;
    }

    @Override
    public void enqueue(TimerEvent timer) {
        onTimer.accept(timer);
    }

    @Override
    public String clientOrderIdPrefix() {
        return "test";
    }
}
