package dev.kalshisim.core.time;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real time of this machine: the only class allowed to read the system clock or sleep.
 *
 * <p>Epoch time comes from {@link Instant#now()} once, then advances by {@link System#nanoTime()},
 * so it never goes backwards when the system clock is adjusted. Timers run on one daemon thread.
 */
public final class WallClock implements Clock {

    private static final WallClock INSTANCE = new WallClock();

    private final long epochNanosAtOrigin;
    private final long nanoTimeAtOrigin;
    private volatile ScheduledExecutorService timers;

    private WallClock() {
        Instant now = Instant.now();
        this.nanoTimeAtOrigin = System.nanoTime();
        this.epochNanosAtOrigin = Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
    }

    /** The shared wall clock. */
    public static WallClock instance() {
        return INSTANCE;
    }

    @Override
    public long nowNanos() {
        return epochNanosAtOrigin + (System.nanoTime() - nanoTimeAtOrigin);
    }

    @Override
    public Timer schedule(long atEpochNanos, Runnable task) {
        long delay = Math.max(0L, atEpochNanos - nowNanos());
        ScheduledFuture<?> future = timers().schedule(() -> {
            try {
                task.run();
            } catch (Throwable t) {
                Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), t);
            }
        }, delay, TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void sleepUntil(long epochNanos) throws InterruptedException {
        long remaining;
        while ((remaining = epochNanos - nowNanos()) > 0) {
            TimeUnit.NANOSECONDS.sleep(remaining);
        }
    }

    private ScheduledExecutorService timers() {
        ScheduledExecutorService executor = timers;
        if (executor == null) {
            synchronized (this) {
                executor = timers;
                if (executor == null) {
                    executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                        Thread thread = new Thread(runnable, "kalshi-sim-wall-clock");
                        thread.setDaemon(true);
                        return thread;
                    });
                    timers = executor;
                }
            }
        }
        return executor;
    }
}
