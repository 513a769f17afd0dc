package dev.kalshisim.testkit;

import dev.kalshisim.core.strategy.StrategyContext;
import dev.kalshisim.core.strategy.StrategyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A strategy that records what it is told and on which thread, and does what the test scripts on
 * start and on each event (always on the strategy's thread, through its context). For tests of a
 * runtime, such as {@link RuntimeContractTest}. Thread-safe to read from the test's thread.
 */
public final class RecordingStrategy extends EveryEventStrategy {

    private final List<StrategyEvent> events = new CopyOnWriteArrayList<>();
    private final Set<String> threads = new CopyOnWriteArraySet<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private volatile Consumer<StrategyContext> onStart = context -> { };
    private volatile BiConsumer<StrategyContext, StrategyEvent> onEvent = (context, event) -> { };
    private volatile boolean stopped;
    private StrategyContext context;

    /** What the strategy does in its start callback, through its context. */
    public RecordingStrategy onStart(Consumer<StrategyContext> action) {
        onStart = action;
        return this;
    }

    /** What the strategy does on each event, before the event is recorded. */
    public RecordingStrategy onEvent(BiConsumer<StrategyContext, StrategyEvent> action) {
        onEvent = action;
        return this;
    }

    /** Every event the strategy was told, oldest first. */
    public List<StrategyEvent> events() {
        return List.copyOf(events);
    }

    /** The events of one kind, oldest first. */
    public <T extends StrategyEvent> List<T> events(Class<T> kind) {
        List<T> matching = new ArrayList<>();
        for (StrategyEvent event : events) {
            if (kind.isInstance(event)) {
                matching.add(kind.cast(event));
            }
        }
        return matching;
    }

    /** The names of the threads the strategy's callbacks ran on. */
    public Set<String> threads() {
        return Set.copyOf(threads);
    }

    /** The lines the test's actions noted, oldest first. */
    public List<String> log() {
        return List.copyOf(log);
    }

    /** Whether the strategy's stop callback ran. */
    public boolean stopped() {
        return stopped;
    }

    @Override
    public void onStart(StrategyContext value) {
        context = value;
        threads.add(Thread.currentThread().getName());
        onStart.accept(value);
    }

    @Override
    public void onStop() {
        threads.add(Thread.currentThread().getName());
        stopped = true;
    }

    /** Records a line through the context, so tests can see context reads made on the strategy thread. */
    public void note(String line) {
        log.add(line);
    }

    @Override
    protected void onEvent(StrategyEvent event) {
        threads.add(Thread.currentThread().getName());
        // The test's handler runs before the event is recorded: a test thread that waits for the
        // event then also sees whatever the handler noted.
        onEvent.accept(context, event);
        events.add(event);
    }
}
