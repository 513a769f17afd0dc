package dev.kalshisim.cli.loadtest;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A bound on requests on the wire at once, as a load generator's fixed set of connections is
 * (wrk2's 32): beyond it a request waits, without blocking any thread, for one to answer. Its
 * latency still counts from its intended send time, so the wait shows. Without the bound a burst
 * (backoff retries joining the arrivals) opens a connection per request, thousands of them, and the
 * client's requests time out while the server sits idle. Thread-safe.
 */
final class InFlightLimit {

    private final int max;
    private final Executor executor;
    private final Queue<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private int active;

    /** At most {@code max} at once; waiters resume on {@code executor}. */
    InFlightLimit(int max, Executor executor) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1: " + max);
        }
        this.max = max;
        this.executor = executor;
    }

    /** Completes when the caller may send; it must {@link #release()} once its answer is back. */
    CompletableFuture<Void> acquire() {
        synchronized (this) {
            if (active < max) {
                active++;
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> turn = new CompletableFuture<>();
            waiting.add(turn);
            return turn;
        }
    }

    /** An answer is back: the next waiter, if any, takes the slot. */
    void release() {
        CompletableFuture<Void> next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                active--;
                return;
            }
        }
        executor.execute(() -> next.complete(null));
    }

    synchronized int active() {
        return active;
    }

    synchronized int waiting() {
        return waiting.size();
    }
}
