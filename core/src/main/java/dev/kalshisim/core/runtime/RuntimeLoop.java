package dev.kalshisim.core.runtime;

import java.util.function.LongConsumer;

/**
 * The runner's one strategy thread of control: tasks posted from anywhere (the event stream, venue
 * answers, timers) run one at a time, in timestamp order, each handed its timestamp, which becomes
 * the time of the events it delivers.
 *
 * <p>Two implementations: {@link ThreadedLoop}, its own thread, for live runs on the wall clock;
 * {@link VirtualClockLoop}, which runs every task as a callback of a {@link
 * dev.kalshisim.core.time.VirtualClock}, so whoever advances virtual time (a backtest, the test kit)
 * drives the whole run on its own thread.
 *
 * <p>A task that throws is counted in {@link #failures()} and the loop goes on: one bad message must
 * never stop a strategy.
 */
public interface RuntimeLoop {

    /** Starts running tasks: {@code first}, then whatever was posted before or after. Once only. */
    void start(Runnable first);

    /** Queues {@code task}, stamped with the clock's time now; dropped once the loop is shutting down. */
    void post(LongConsumer task);

    /**
     * Queues {@code task} stamped {@code tsNanos} (a timer's due time, not in the future); it runs
     * before anything stamped later. Dropped once the loop is shutting down.
     */
    void postAt(long tsNanos, LongConsumer task);

    /** Lets the tasks already queued run, then stops; later posts are dropped. Safe to call from a task. */
    void shutdown();

    /** How many tasks have thrown. */
    long failures();
}
