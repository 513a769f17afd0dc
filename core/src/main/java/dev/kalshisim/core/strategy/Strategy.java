package dev.kalshisim.core.strategy;

/**
 * A trading strategy: reacts to events and acts through its {@link StrategyContext}.
 *
 * <p>The same instance runs unchanged in a backtest, against the simulator and against Kalshi,
 * because it sees only this API: time comes from {@link StrategyContext#clock()}, and every action
 * is an asynchronous command whose outcome arrives later as an event.
 *
 * <p><b>Threading.</b> A runner calls every method of one strategy on one thread, one call at a
 * time, never re-entrantly, with events in timestamp order ({@link StrategyEvent#tsNanos()}). A
 * strategy therefore needs no locks, and must not call its context from other threads (the context
 * refuses). A callback should return quickly: a live runner delivers nothing else meanwhile.
 *
 * <p><b>Failures.</b> A callback that throws is logged with the event by the runner, counted
 * ({@link StrategyDriver#callbackFailures()}), and the strategy keeps running: the next event is
 * delivered as usual, and orders already sent stay sent. A strategy whose state may be corrupt
 * after a failure should catch it and stop itself (for example by cancelling its orders).
 *
 * <p><b>Lifecycle.</b> {@link #onStart} once, then events, then {@link #onStop} once. Only
 * {@code onStart} must be implemented (it hands over the context); the other callbacks do nothing
 * unless overridden. Instances are made by a {@link StrategyDescriptor} from parameters and are
 * used for one run only.
 */
public interface Strategy {

    /**
     * Starts the strategy: keep the context, subscribe to markets, schedule timers. The context
     * stays valid until {@link #onStop()} returns.
     */
    void onStart(StrategyContext context);

    /** A subscribed market's book changed. */
    default void onBook(BookUpdate update) {
    }

    /** A trade printed in a subscribed market. */
    default void onTrade(TradeEvent trade) {
    }

    /** One of the strategy's orders changed state (accepted, resting, filled, cancelled, rejected). */
    default void onOrderUpdate(OrderUpdate update) {
    }

    /**
     * One of the strategy's orders traded; the context's position already includes it. The
     * matching {@link OrderUpdate} follows.
     */
    default void onFill(FillEvent fill) {
    }

    /** A timer scheduled through the context fell due. */
    default void onTimer(TimerEvent timer) {
    }

    /** The venue answered (or refused) a {@link StrategyContext#requestBook} read. */
    default void onBookReply(BookReply reply) {
    }

    /** A subscribed market opened, paused, closed, was determined or settled. */
    default void onMarketLifecycle(MarketLifecycleEvent event) {
    }

    /**
     * Stops the strategy: the last chance to send commands (typically cancelling open orders).
     * No event is delivered after it returns.
     */
    default void onStop() {
    }
}
