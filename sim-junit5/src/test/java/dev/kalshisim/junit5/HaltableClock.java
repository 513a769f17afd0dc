package dev.kalshisim.junit5;

import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.time.WallClock;

/**
 * The wall clock, until {@link #halt()}: from then on no timer runs, those already set included.
 *
 * <p>A client fed ten times its budget still has most of it queued in its throttle when a
 * measurement ends, and no public call withdraws a queued request; halting the throttle's clock
 * strands the backlog instead of letting it trickle out for minutes into later tests.
 */
final class HaltableClock implements Clock {

    private final Clock wall = WallClock.instance();
    private volatile boolean halted;

    /** Stops every timer from running, now and later; time itself goes on. */
    void halt() {
        halted = true;
    }

    @Override
    public long nowNanos() {
        return wall.nowNanos();
    }

    @Override
    public Timer schedule(long atEpochNanos, Runnable task) {
        return wall.schedule(atEpochNanos, () -> {
            if (!halted) {
                task.run();
            }
        });
    }

    @Override
    public void sleepUntil(long epochNanos) throws InterruptedException {
        wall.sleepUntil(epochNanos);
    }
}
