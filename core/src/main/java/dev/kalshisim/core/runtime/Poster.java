package dev.kalshisim.core.runtime;

import dev.kalshisim.core.strategy.StrategyEvent;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Queues work for the strategy thread: the task runs there, given its timestamp, and the events
 * it returns are delivered to the strategy in order. Callable from any thread.
 */
@FunctionalInterface
interface Poster {

    void post(LongFunction<List<StrategyEvent>> task);
}
