package dev.kalshisim.core.time;

import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * A clock that moves only when told to: backtests and tests advance it, and the callbacks that
 * fall due run in time order (ties in scheduling order) on the advancing thread.
 *
 * <p>Thread-safe: any thread may read it, schedule on it or advance it; callbacks run outside the
 * lock, so a callback may schedule more callbacks (due ones in the same advance run too).
 */
public final class VirtualClock implements Clock {

    private final Object lock = new Object();
    private final PriorityQueue<Entry> due = new PriorityQueue<>();
    /**
     * Callbacks scheduled for exactly the current time, in scheduling order: most of a backtest's
     * callbacks (a runner posts its tasks "now"), kept out of the heap. Time cannot move past them,
     * so they merge with the heap's entries at the same time by sequence alone.
     */
    private final ArrayDeque<Entry> now = new ArrayDeque<>();
    private final Consumer<Throwable> errorHandler;
    private long nowNanos;
    private long nextSequence;

    /** Starts at {@code startEpochNanos}; a callback that throws is rethrown by the advance call. */
    public VirtualClock(long startEpochNanos) {
        this(startEpochNanos, error -> {
            if (error instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(error);
        });
    }

    /** Starts at {@code startEpochNanos} and hands callback failures to {@code errorHandler}. */
    public VirtualClock(long startEpochNanos, Consumer<Throwable> errorHandler) {
        this.nowNanos = startEpochNanos;
        this.errorHandler = errorHandler;
    }

    /** A clock starting at the given epoch milliseconds. */
    public static VirtualClock atMillis(long epochMillis) {
        return new VirtualClock(Math.multiplyExact(epochMillis, 1_000_000L));
    }

    @Override
    public long nowNanos() {
        synchronized (lock) {
            return nowNanos;
        }
    }

    @Override
    public Timer schedule(long atEpochNanos, Runnable task) {
        Entry entry;
        synchronized (lock) {
            entry = new Entry(atEpochNanos, nextSequence++, task);
            if (atEpochNanos == nowNanos) {
                now.addLast(entry);
            } else {
                due.add(entry);
            }
        }
        return entry;
    }

    /** Moves time forward by {@code deltaNanos} (not negative), running every callback that falls due. */
    public void advanceBy(long deltaNanos) {
        if (deltaNanos < 0) {
            throw new IllegalArgumentException("a clock cannot go backwards: deltaNanos=" + deltaNanos);
        }
        advanceTo(Math.addExact(nowNanos(), deltaNanos));
    }

    /** Moves time forward by {@code deltaMillis}. */
    public void advanceByMillis(long deltaMillis) {
        advanceBy(Math.multiplyExact(deltaMillis, 1_000_000L));
    }

    /**
     * Moves time to {@code targetEpochNanos}, running each callback due on the way at its own time:
     * while a callback runs, {@link #nowNanos()} reads that callback's due time.
     */
    public void advanceTo(long targetEpochNanos) {
        while (true) {
            Entry next;
            synchronized (lock) {
                if (targetEpochNanos < nowNanos) {
                    throw new IllegalArgumentException(
                            "a clock cannot go backwards: now=" + nowNanos + " target=" + targetEpochNanos);
                }
                next = pollDue(targetEpochNanos);
                if (next == null) {
                    if (nowNanos != targetEpochNanos) {
                        nowNanos = targetEpochNanos;
                        lock.notifyAll();
                    }
                    return;
                }
                if (next.atNanos > nowNanos) {
                    nowNanos = next.atNanos;
                    lock.notifyAll();
                }
            }
            next.run(errorHandler);
        }
    }

    /** Takes the earliest callback due at or before {@code target} (ties by sequence), or null; under the lock. */
    private Entry pollDue(long target) {
        Entry heap = due.peek();
        Entry lane = now.peekFirst();
        if (lane != null && (heap == null || heap.compareTo(lane) > 0)) {
            return now.pollFirst();
        }
        if (heap == null || heap.atNanos > target) {
            return null;
        }
        return due.poll();
    }

    /** Runs every callback already due without moving time. */
    public void runDue() {
        advanceTo(nowNanos());
    }

    /** Returns the due time of the earliest pending callback, or {@code Long.MAX_VALUE} if none. */
    public long nextDueNanos() {
        synchronized (lock) {
            if (!now.isEmpty()) {
                return nowNanos;
            }
            Entry next = due.peek();
            return next == null ? Long.MAX_VALUE : next.atNanos;
        }
    }

    @Override
    public void sleepUntil(long epochNanos) throws InterruptedException {
        synchronized (lock) {
            while (nowNanos < epochNanos) {
                lock.wait();
            }
        }
    }

    private final class Entry implements Comparable<Entry>, Timer {
        final long atNanos;
        final long sequence;
        final Runnable task;
        boolean cancelled;

        Entry(long atNanos, long sequence, Runnable task) {
            this.atNanos = atNanos;
            this.sequence = sequence;
            this.task = task;
        }

        void run(Consumer<Throwable> onError) {
            try {
                task.run();
            } catch (Throwable t) {
                onError.accept(t);
            }
        }

        @Override
        public boolean cancel() {
            synchronized (lock) {
                if (cancelled) {
                    return false;
                }
                cancelled = true;
                return due.remove(this) || now.remove(this);
            }
        }

        @Override
        public int compareTo(Entry other) {
            int byTime = Long.compare(atNanos, other.atNanos);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
