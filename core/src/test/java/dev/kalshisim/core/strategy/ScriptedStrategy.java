package dev.kalshisim.core.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A strategy for tests: records what it is sent and runs the test's actions. */
final class ScriptedStrategy implements Strategy {

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
    public void onBook(BookUpdate update) {
        handle(update);
    }

    @Override
    public void onTrade(TradeEvent trade) {
        handle(trade);
    }

    @Override
    public void onOrderUpdate(OrderUpdate update) {
        handle(update);
    }

    @Override
    public void onFill(FillEvent fill) {
        handle(fill);
    }

    @Override
    public void onTimer(TimerEvent timer) {
        handle(timer);
    }

    @Override
    public void onMarketLifecycle(MarketLifecycleEvent event) {
        handle(event);
    }

    @Override
    public void onStop() {
        stopped = true;
        onStop.run();
    }

    private void handle(StrategyEvent event) {
        received.add(event);
        onEvent.accept(event);
    }
}
