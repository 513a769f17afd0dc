package dev.kalshisim.sim.engine;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs every engine call under one lock, first applying work that fell due on the clock, and
 * dispatches the events a call produced before releasing the lock, so calls from any thread apply
 * one at a time and listeners see them in that order.
 */
final class Serializer {

    private final ReentrantLock lock = new ReentrantLock();
    private final EngineState state;
    private Runnable afterCommand = () -> { };

    Serializer(EngineState state) {
        this.state = state;
    }

    /** Runs {@code work} after every command, under the lock (the live window's eviction). */
    void afterEachCommand(Runnable work) {
        this.afterCommand = work;
    }

    /** Runs a state-changing call; a listener calling one gets an {@link IllegalStateException}. */
    <T> T command(Supplier<T> body) {
        lock.lock();
        try {
            if (state.sink.isDispatching()) {
                throw new IllegalStateException("exchange listeners must not call mutating methods");
            }
            try {
                state.due.runDue(state.now());
                T result = body.get();
                afterCommand.run();
                return result;
            } finally {
                state.sink.flush();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs a read; due work is applied first unless the read comes from a listener. */
    <T> T query(Supplier<T> body) {
        lock.lock();
        try {
            if (!state.sink.isDispatching()) {
                state.due.runDue(state.now());
                state.sink.flush();
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
            if (!state.sink.isDispatching()) {
                command(() -> null);
            }
        } finally {
            lock.unlock();
        }
    }
}
