package dev.kalshisim.cli.loadtest;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongToDoubleFunction;

/**
 * The open model (as wrk2 and k6 do it): arrivals on a fixed schedule whatever the answers do. One
 * scheduler thread walks the schedule and hands each arrival to a sender pool; sends never block
 * (pacing and backoff waits are futures), so a request stuck waiting delays no later arrival. Each
 * request's latency runs from its scheduled time. In flight is bounded by {@link #MAX_IN_FLIGHT}:
 * an arrival beyond it is counted as dropped by the generator, never silently lost.
 */
final class OpenLoad {

    static final int MAX_IN_FLIGHT = 100_000;

    private final List<LoadClient> clients;
    private final Mix mix;
    private final Random random;
    private final LongToDoubleFunction rateAt;
    private final ExecutorService senders;
    private final AtomicInteger inFlight = new AtomicInteger();
    private long arrivals;
    private long dropped;

    /**
     * @param rateAt arrivals a second the load asks for at an elapsed time in nanoseconds (positive)
     */
    OpenLoad(List<LoadClient> clients, Mix mix, Random random, LongToDoubleFunction rateAt, ExecutorService senders) {
        this.clients = clients;
        this.mix = mix;
        this.random = random;
        this.rateAt = rateAt;
        this.senders = senders;
    }

    /** Walks the schedule from {@code startedNanos} to {@code deadlineNanos} on the calling thread. */
    void run(long startedNanos, long deadlineNanos) {
        long next = startedNanos;
        while (next < deadlineNanos) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
                continue;
            }
            arrivals++;
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                dropped++;
            } else {
                LoadClient client = clients.get((int) (arrivals % clients.size()));
                Mix.Kind kind = mix.draw(random);
                long intended = next;
                inFlight.incrementAndGet();
                senders.execute(() -> client.issue(kind, intended).whenComplete((done, failure) -> inFlight.decrementAndGet()));
            }
            next += Math.max(1L, Math.round(1e9 / rateAt.applyAsDouble(next - startedNanos)));
        }
    }

    /** Waits up to {@code timeoutNanos} for every request in flight to finish; true if they did. */
    boolean drain(long timeoutNanos) {
        long until = System.nanoTime() + timeoutNanos;
        while (inFlight.get() > 0 && System.nanoTime() < until) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        return inFlight.get() == 0;
    }

    long arrivals() {
        return arrivals;
    }

    long dropped() {
        return dropped;
    }
}
