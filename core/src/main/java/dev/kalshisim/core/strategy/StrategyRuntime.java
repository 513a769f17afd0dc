package dev.kalshisim.core.strategy;

import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.time.Clock;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * What a runner (backtest, live, test kit) provides to a {@link StrategyDriver}: the clock, the
 * venue that carries out commands, the balance, and the way timer events get back onto the
 * strategy's thread.
 *
 * <p>Apart from {@link #enqueue}, the driver calls these methods on the strategy's thread, often
 * from inside a strategy callback: {@link #send} must not block on the venue and must not call
 * back into the driver; it queues the command and returns.
 */
public interface StrategyRuntime {

    /** The clock of the run; timers are scheduled on it. */
    Clock clock();

    /**
     * Carries out a command asynchronously. Its outcome, including a failure to send it, must come
     * back through {@link StrategyDriver#deliver} as events, later and never inside this call.
     */
    void send(StrategyCommand command);

    /** The account's available cash as last known. */
    Money balance();

    /**
     * Hands a timer event that fell due to the strategy's thread. Called on whatever thread runs
     * the clock's tasks (a wall clock's timer thread): the runner queues it and delivers it through
     * {@link StrategyDriver#deliver} in timestamp order with its other events. A single-threaded
     * runner on a virtual clock may deliver it at once.
     */
    void enqueue(TimerEvent timer);

    /**
     * The prefix of the client order ids assigned in this run. Kalshi refuses a client order id it
     * has seen before, so a live runner must make it unique per run (a random token); a backtest
     * uses a fixed one, so its ids and results repeat exactly.
     */
    String clientOrderIdPrefix();

    /**
     * Every market the run offers, when the runner knows them all (a backtest's recorded markets),
     * in a stable order; empty when it does not. What {@link StrategyContext#markets()} returns.
     */
    default Set<String> markets() {
        return Set.of();
    }

    /** Writes a strategy's log line; by default to SLF4J under {@code dev.kalshisim.strategy.NAME}. */
    default void log(String strategyName, long tsNanos, String message) {
        LoggerFactory.getLogger("dev.kalshisim.strategy." + strategyName).info("[{}] {}", tsNanos, message);
    }
}
