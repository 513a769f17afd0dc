package dev.kalshisim.core.strategy;

/**
 * Something a strategy is told about, stamped with the time it happened.
 *
 * <p>Runners deliver events in {@link #tsNanos()} order through a {@link StrategyDriver}: live
 * runners stamp the time an event was received, backtests the virtual time it was replayed at, so
 * a strategy reads the same clock in both.
 */
public sealed interface StrategyEvent
        permits BookUpdate, TradeEvent, OrderUpdate, FillEvent, TimerEvent, MarketLifecycleEvent,
        BookReply {

    /** The event's time in epoch nanoseconds. */
    long tsNanos();

    /** Calls the strategy callback that handles this kind of event. */
    void deliverTo(Strategy strategy);
}
