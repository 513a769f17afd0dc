package dev.kalshisim.sim.engine;

import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.event.EventSink;
import dev.kalshisim.sim.engine.time.DueActions;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs every engine call under one lock, first applying work that fell due on the clock, and
 * dispatches the events a call produced before releasing the lock, so calls from any thread apply
 * one at a time and listeners see them in that order.
 */
final class CommandLock {

    private final ReentrantLock lock = new ReentrantLock();
    private final Clock clock;
    private final EventSink sink;
    private final DueActions due;
    private Runnable afterCommand = () -> { };

    CommandLock(Clock clock, EventSink sink, DueActions due) {
        this.clock = clock;
        this.sink = sink;
        this.due = due;
    }

    /** Runs {@code work} after every command, under the lock (the live window's eviction). */
    void afterEachCommand(Runnable work) {
        this.afterCommand = work;
    }

    /** Runs a state-changing call; a listener calling one gets an {@link IllegalStateException}. */
    <T> T command(Supplier<T> body) {
        lock.lock();
        try {
            if (sink.isDispatching()) {
                throw new IllegalStateException("exchange listeners must not call mutating methods");
            }
            try {
                due.runDue(clock.nowNanos());
                T result = body.get();
                afterCommand.run();
                return result;
            } finally {
                sink.flush();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs a read; due work is applied first unless the read comes from a listener. */
    <T> T query(Supplier<T> body) {
        lock.lock();
        try {
            if (!sink.isDispatching()) {
                due.runDue(clock.nowNanos());
                sink.flush();
            }
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    /** A clock wake-up: runs due work now, or leaves it to the next call when a listener is running. */
    void onTimer() {
        lock.lock();
        try {
            if (!sink.isDispatching()) {
                command(() -> null);
            }
        } finally {
            lock.unlock();
        }
    }
}
