package dev.kalshisim.core.runtime;

import dev.kalshisim.core.time.Clock;
import java.util.PriorityQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link RuntimeLoop} on its own thread, for runs on the wall clock: tasks posted from any thread
 * (WebSocket, HTTP completions, timers) run one at a time, in timestamp order, on one thread.
 *
 * <p>{@link #post} stamps a task with the clock's time while holding the queue's lock, so tasks
 * posted one after another are stamped in non-decreasing order and run in that order. A timer
 * carries its due time ({@link #postAt}); it runs before anything stamped later that is still
 * queued. A task is handed its own timestamp, which becomes the time of the events it delivers.
 *
 * <p>A task that throws is logged, counted in {@link #failures()}, and the loop goes on: one bad
 * message must never stop a strategy.
 */
public final class ThreadedLoop implements RuntimeLoop {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadedLoop.class);

    private final Clock clock;
    private final String threadName;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ready = lock.newCondition();
    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private long nextSequence;
    private boolean stopping;
    private long failures;
    private Thread thread;

    /** A loop stamping tasks with {@code clock}'s time, its thread named {@code threadName}. */
    public ThreadedLoop(Clock clock, String threadName) {
        this.clock = clock;
        this.threadName = threadName;
    }

    /** Starts the loop's thread, which runs {@code first} before any queued task. */
    @Override
    public void start(Runnable first) {
        lock.lock();
        try {
            if (thread != null) {
                throw new IllegalStateException("event loop " + threadName + " was already started");
            }
            thread = new Thread(() -> runTasks(first), threadName);
            thread.setDaemon(true);
            thread.start();
        } finally {
            lock.unlock();
        }
    }

    /** Queues {@code task}, stamped with the clock's time now; ignored once the loop is stopping. */
    @Override
    public void post(LongConsumer task) {
        lock.lock();
        try {
            enqueue(clock.nowNanos(), task);
        } finally {
            lock.unlock();
        }
    }

    /** Queues {@code task} stamped {@code tsNanos} (a timer's due time); ignored once the loop is stopping. */
    @Override
    public void postAt(long tsNanos, LongConsumer task) {
        lock.lock();
        try {
            enqueue(tsNanos, task);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Lets the tasks already queued run, then ends the thread; later posts are dropped. Safe to call
     * from a task.
     */
    @Override
    public void shutdown() {
        lock.lock();
        try {
            stopping = true;
            ready.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the calling thread is the loop's. */
    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** Waits up to {@code timeoutMillis} for the thread to end; returns whether it has. */
    public boolean awaitTermination(long timeoutMillis) throws InterruptedException {
        Thread running;
        lock.lock();
        try {
            running = thread;
        } finally {
            lock.unlock();
        }
        if (running == null) {
            return true;
        }
        running.join(timeoutMillis);
        return !running.isAlive();
    }

    /** How many tasks have thrown. */
    @Override
    public long failures() {
        lock.lock();
        try {
            return failures;
        } finally {
            lock.unlock();
        }
    }

    private void enqueue(long tsNanos, LongConsumer task) {
        if (stopping) {
            return;
        }
        queue.add(new Task(tsNanos, nextSequence++, task));
        ready.signal();
    }

    private void runTasks(Runnable first) {
        try {
            first.run();
        } catch (RuntimeException | AssertionError failure) {
            countFailure();
            LOG.warn("the runner failed to begin; the loop keeps running", failure);
        }
        Task task;
        while ((task = take()) != null) {
            try {
                task.action.accept(task.tsNanos);
            } catch (RuntimeException | AssertionError failure) {
                countFailure();
                LOG.warn("a runner task failed at {}; the loop keeps running", task.tsNanos, failure);
            }
        }
    }

    private void countFailure() {
        lock.lock();
        try {
            failures++;
        } finally {
            lock.unlock();
        }
    }

    /** The next task, or null when the loop is stopping and nothing is left. */
    private Task take() {
        lock.lock();
        try {
            while (queue.isEmpty()) {
                if (stopping) {
                    return null;
                }
                ready.awaitUninterruptibly();
            }
            return queue.poll();
        } finally {
            lock.unlock();
        }
    }

    private record Task(long tsNanos, long sequence, LongConsumer action) implements Comparable<Task> {
        @Override
        public int compareTo(Task other) {
            int byTime = Long.compare(tsNanos, other.tsNanos);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
