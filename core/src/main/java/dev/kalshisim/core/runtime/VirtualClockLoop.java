package dev.kalshisim.core.runtime;

import dev.kalshisim.core.time.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link RuntimeLoop} without a thread of its own: every task becomes a callback of a {@link
 * VirtualClock}, due at its stamp, so it runs on whichever thread advances the clock, one at a
 * time, in the clock's order (time, then posting order). A backtest advancing virtual time, or the
 * test kit, thereby drives the strategy, the runner and an in-memory venue on one thread, and
 * nothing in a run ever waits for another thread.
 *
 * <p>Posting never runs a task; it only schedules one. A task posted at the current time runs
 * within the same advance (or the next {@link VirtualClock#runDue()}), after the callback that
 * posted it returns. Tasks posted before {@link #start} wait and run after its first task.
 */
public final class VirtualClockLoop implements RuntimeLoop {

    private static final Logger LOG = LoggerFactory.getLogger(VirtualClockLoop.class);

    private final VirtualClock clock;
    private final Object lock = new Object();
    private final List<Waiting> beforeStart = new ArrayList<>();
    private boolean started;
    private boolean stopping;
    private long failures;

    /** A loop posting through {@code clock}. */
    public VirtualClockLoop(VirtualClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void start(Runnable first) {
        List<Waiting> waiting;
        synchronized (lock) {
            if (started) {
                throw new IllegalStateException("a virtual clock loop starts once");
            }
            started = true;
            waiting = List.copyOf(beforeStart);
            beforeStart.clear();
        }
        clock.schedule(clock.nowNanos(), () -> {
            guarded("the runner failed to begin", first::run);
            // Scheduled only now, so they follow the first task even when stamped before it.
            for (Waiting task : waiting) {
                schedule(task.tsNanos(), task.action());
            }
        });
    }

    @Override
    public void post(LongConsumer task) {
        postAt(clock.nowNanos(), task);
    }

    @Override
    public void postAt(long tsNanos, LongConsumer task) {
        synchronized (lock) {
            if (stopping) {
                return;
            }
            if (!started) {
                beforeStart.add(new Waiting(tsNanos, task));
                return;
            }
        }
        schedule(tsNanos, task);
    }

    @Override
    public void shutdown() {
        synchronized (lock) {
            stopping = true;
        }
    }

    @Override
    public long failures() {
        synchronized (lock) {
            return failures;
        }
    }

    private void schedule(long tsNanos, LongConsumer task) {
        // One task per market message in a backtest: nothing is built for the log unless it fails.
        clock.schedule(tsNanos, () -> {
            try {
                task.accept(tsNanos);
            } catch (RuntimeException | AssertionError failure) {
                failed("a runner task failed at " + tsNanos, failure);
            }
        });
    }

    private void guarded(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | AssertionError failure) {
            failed(what, failure);
        }
    }

    private void failed(String what, Throwable failure) {
        synchronized (lock) {
            failures++;
        }
        LOG.warn("{}; the loop keeps running", what, failure);
    }

    private record Waiting(long tsNanos, LongConsumer action) {
    }
}
