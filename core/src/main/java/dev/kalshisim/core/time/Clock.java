package dev.kalshisim.core.time;

/**
 * The one source of time for everything that waits, refills, expires or timestamps.
 *
 * <p>Time is epoch nanoseconds, so a virtual clock can run a recorded day in milliseconds and a
 * wall clock can serve live trading through the same code. Only {@link WallClock} may read the
 * system's time or sleep; everything else is handed a {@code Clock}.
 */
public interface Clock {

    /** Returns the current time in nanoseconds since the Unix epoch. */
    long nowNanos();

    /** Returns the current time in milliseconds since the Unix epoch (floor of {@link #nowNanos()}). */
    default long nowMillis() {
        return Math.floorDiv(nowNanos(), 1_000_000L);
    }

    /**
     * Runs {@code task} once when this clock reaches {@code atEpochNanos}; a time already past runs
     * it as soon as possible. Tasks due at the same time run in the order they were scheduled.
     *
     * <p>On a {@link VirtualClock} the task runs on the thread that advances the clock; on a
     * {@link WallClock} it runs on the clock's single timer thread. A task that throws is reported
     * to the clock's error handler and does not stop later tasks.
     */
    Timer schedule(long atEpochNanos, Runnable task);

    /** Runs {@code task} after {@code delayNanos} from now. */
    default Timer scheduleAfter(long delayNanos, Runnable task) {
        return schedule(Math.addExact(nowNanos(), Math.max(0L, delayNanos)), task);
    }

    /**
     * Blocks the calling thread until this clock reaches {@code epochNanos}. A wall clock sleeps; a
     * virtual clock waits until another thread advances it that far (a single-threaded backtest
     * never calls this: it schedules instead).
     */
    void sleepUntil(long epochNanos) throws InterruptedException;

    /** A scheduled task that may still be cancelled. */
    interface Timer {
        /** Cancels the task if it has not run yet; returns whether it was cancelled. */
        boolean cancel();
    }
}
