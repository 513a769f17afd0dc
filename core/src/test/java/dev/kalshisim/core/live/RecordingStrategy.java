package dev.kalshisim.core.live;

import dev.kalshisim.core.strategy.BookUpdate;
import dev.kalshisim.core.strategy.FillEvent;
import dev.kalshisim.core.strategy.MarketLifecycleEvent;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyContext;
import dev.kalshisim.core.strategy.StrategyEvent;
import dev.kalshisim.core.strategy.TimerEvent;
import dev.kalshisim.core.strategy.TradeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A strategy that records what it is told and on which thread, and does what the test scripts on
 * start and on each event (always on the strategy's thread, through its context).
 */
final class RecordingStrategy implements Strategy {

    private final List<StrategyEvent> events = new CopyOnWriteArrayList<>();
    private final Set<String> threads = new CopyOnWriteArraySet<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private volatile Consumer<StrategyContext> onStart = context -> { };
    private volatile BiConsumer<StrategyContext, StrategyEvent> onEvent = (context, event) -> { };
    private volatile boolean stopped;
    private StrategyContext context;

    RecordingStrategy onStart(Consumer<StrategyContext> action) {
        onStart = action;
        return this;
    }

    RecordingStrategy onEvent(BiConsumer<StrategyContext, StrategyEvent> action) {
        onEvent = action;
        return this;
    }

    List<StrategyEvent> events() {
        return List.copyOf(events);
    }

    <T extends StrategyEvent> List<T> events(Class<T> kind) {
        List<T> matching = new ArrayList<>();
        for (StrategyEvent event : events) {
            if (kind.isInstance(event)) {
                matching.add(kind.cast(event));
            }
        }
        return matching;
    }

    Set<String> threads() {
        return Set.copyOf(threads);
    }

    List<String> log() {
        return List.copyOf(log);
    }

    boolean stopped() {
        return stopped;
    }

    @Override
    public void onStart(StrategyContext value) {
        context = value;
        threads.add(Thread.currentThread().getName());
        onStart.accept(value);
    }

    @Override
    public void onBook(BookUpdate update) {
        record(update);
    }

    @Override
    public void onTrade(TradeEvent trade) {
        record(trade);
    }

    @Override
    public void onOrderUpdate(OrderUpdate update) {
        record(update);
    }

    @Override
    public void onFill(FillEvent fill) {
        record(fill);
    }

    @Override
    public void onTimer(TimerEvent timer) {
        record(timer);
    }

    @Override
    public void onMarketLifecycle(MarketLifecycleEvent event) {
        record(event);
    }

    @Override
    public void onStop() {
        threads.add(Thread.currentThread().getName());
        stopped = true;
    }

    /** Records a line through the context, so tests can see context reads made on the strategy thread. */
    void note(String line) {
        log.add(line);
    }

    private void record(StrategyEvent event) {
        threads.add(Thread.currentThread().getName());
        events.add(event);
        onEvent.accept(context, event);
    }
}
