package dev.kalshisim.core.limits;

import dev.kalshisim.core.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * One local token bucket mirroring the server's, with a queue of requests waiting for tokens: the
 * pacing the Kalshi client's throttle does, without HTTP, so a backtest paces exactly as live does
 * ({@link Pacer} holds the read and the write bucket).
 *
 * <p>Waiters are served strictly in order: by {@link Priority} (cancels first), then by arrival.
 * Head-of-line blocking is deliberate: a large batch at the head is not overtaken by later small
 * requests of its own priority, so every thread gets its turn (FIFO fairness). When the head
 * cannot be paid yet, one timer is set on the {@link Clock} for the exact moment the bucket can pay
 * it. Grants to waiters other than the caller complete on the executor, off the clock's thread.
 *
 * <p>Thread-safe.
 */
public final class PacedBucket {

    /** Queue order within a bucket. */
    public enum Priority {
        /** Cancels: they free risk and cost little, so they go ahead of everything queued. */
        CANCEL,
        /** Everything else. */
        NORMAL
    }

    private final BucketKind kind;
    private final TokenBucket bucket;
    private final Clock clock;
    private final Executor executor;
    private final PriorityQueue<Waiter> waiters = new PriorityQueue<>();
    private final MinuteWindow lastMinute = new MinuteWindow();
    private long nextSequence;
    private Clock.Timer wakeTimer;
    private long wakeAtNanos;
    private long requestsTotal;
    private long tokensTotal;
    private long waitNanosTotal;
    private long fullCapacity;
    private long refillRate;
    private long inFlightTokens;

    /**
     * A full bucket of {@code limit} on {@code clock}; grants to waiters other than the caller
     * complete on {@code executor}.
     */
    public PacedBucket(BucketKind kind, BucketLimit limit, Clock clock, Executor executor) {
        this.kind = kind;
        this.bucket = TokenBucket.of(clock, limit);
        this.fullCapacity = limit.bucketCapacity();
        this.refillRate = limit.refillRate();
        this.clock = clock;
        this.executor = executor;
    }

    /**
     * Completes once {@code costTokens} have been taken for this request.
     *
     * @throws IllegalArgumentException (in the future) when the cost exceeds the bucket's capacity
     */
    public CompletableFuture<Void> acquire(long costTokens, Priority priority) {
        Waiter mine = new Waiter(costTokens, priority);
        List<Waiter> granted;
        synchronized (this) {
            if (costTokens > fullCapacity) {
                return CompletableFuture.failedFuture(tooLarge(costTokens));
            }
            mine.sequence = nextSequence++;
            mine.enqueuedAtNanos = clock.nowNanos();
            waiters.add(mine);
            granted = drainLocked();
        }
        for (Waiter waiter : granted) {
            if (waiter == mine) {
                // The caller's own grant completes inline: no thread hop when there is no wait.
                mine.future.complete(null);
            } else {
                executor.execute(() -> waiter.future.complete(null));
            }
        }
        return mine.future;
    }

    /**
     * Empties the bucket after the server answered 429: the server's balance is lower than ours
     * (other sessions on the key, clock drift), so the next requests wait for a refill.
     */
    public synchronized void drain() {
        long available = bucket.availableTokens();
        if (available > 0) {
            bucket.tryConsume(available);
        }
    }

    /** Adopts new limits; the balance is kept (clamped to the new capacity). */
    public void reconfigure(BucketLimit limit) {
        List<Waiter> failed = new ArrayList<>();
        List<Waiter> granted;
        synchronized (this) {
            fullCapacity = limit.bucketCapacity();
            refillRate = limit.refillRate();
            applyCapacity();
            // Waiters that can never fit the new capacity fail now rather than wait forever.
            waiters.removeIf(waiter -> waiter.costTokens > limit.bucketCapacity() && failed.add(waiter));
            granted = drainLocked();
        }
        failed.forEach(waiter -> executor.execute(() -> waiter.future.completeExceptionally(tooLarge(waiter.costTokens))));
        granted.forEach(waiter -> executor.execute(() -> waiter.future.complete(null)));
    }

    /** Takes tokens without queueing or counting, for requests that already happened (the limit loads). */
    public synchronized void charge(long costTokens) {
        bucket.tryConsume(Math.min(costTokens, bucket.capacityTokens()));
    }

    /**
     * Returns a granted request's tokens to the capacity once its response is back.
     *
     * <p>Until then they count against the capacity: the server's bucket only starts refilling those
     * tokens when the request arrives, so a local bucket that refilled from the moment of the grant
     * would run ahead of the server by the network lag and earn a 429 at the start of every burst.
     */
    public void settled(long costTokens) {
        List<Waiter> granted;
        synchronized (this) {
            inFlightTokens -= costTokens;
            applyCapacity();
            granted = drainLocked();
        }
        granted.forEach(waiter -> executor.execute(() -> waiter.future.complete(null)));
    }

    /** Shrinks the local capacity by the tokens in flight (never below one token). */
    private void applyCapacity() {
        bucket.reconfigure(Math.max(1, fullCapacity - inFlightTokens), refillRate);
    }

    /** The bucket's state and counters now. */
    public synchronized PacingStats stats() {
        long now = clock.nowNanos();
        return new PacingStats(fullCapacity, refillRate,
                bucket.availableTokens(), lastMinute.requests(now), lastMinute.tokens(now), requestsTotal, tokensTotal,
                waitNanosTotal, waiters.size());
    }

    /** The capacity of the current limit, whatever is in flight. */
    public synchronized long capacityTokens() {
        return fullCapacity;
    }

    private List<Waiter> drainLocked() {
        List<Waiter> granted = new ArrayList<>();
        while (!waiters.isEmpty()) {
            Waiter head = waiters.peek();
            if (head.future.isDone()) {
                // The caller gave up (cancelled its future): it must not spend tokens.
                waiters.poll();
                continue;
            }
            ConsumptionProbe probe = bucket.tryConsume(head.costTokens);
            if (!probe.isConsumed()) {
                if (probe.canEverSucceed()) {
                    wakeAt(Math.addExact(clock.nowNanos(), probe.nanosToWait()));
                }
                break;
            }
            inFlightTokens += head.costTokens;
            applyCapacity();
            waiters.poll();
            long now = clock.nowNanos();
            requestsTotal++;
            tokensTotal = Math.addExact(tokensTotal, head.costTokens);
            waitNanosTotal = Math.addExact(waitNanosTotal, Math.max(0L, now - head.enqueuedAtNanos));
            lastMinute.record(now, head.costTokens);
            granted.add(head);
        }
        return granted;
    }

    private void wakeAt(long atNanos) {
        if (wakeTimer != null && wakeAtNanos <= atNanos) {
            return;
        }
        if (wakeTimer != null) {
            wakeTimer.cancel();
        }
        wakeAtNanos = atNanos;
        wakeTimer = clock.schedule(atNanos, this::onWake);
    }

    private void onWake() {
        List<Waiter> granted;
        synchronized (this) {
            wakeTimer = null;
            granted = drainLocked();
        }
        granted.forEach(waiter -> executor.execute(() -> waiter.future.complete(null)));
    }

    private IllegalArgumentException tooLarge(long costTokens) {
        long capacity = fullCapacity;
        return new IllegalArgumentException("request costs " + costTokens + " tokens but the " + kind.wire()
                + " bucket holds at most " + capacity + " tokens (refill " + refillRate
                + "/s), so it can never be sent; split the batch so each part costs at most " + capacity + " tokens");
    }

    private static final class Waiter implements Comparable<Waiter> {
        final long costTokens;
        final Priority priority;
        final CompletableFuture<Void> future = new CompletableFuture<>();
        long sequence;
        long enqueuedAtNanos;

        Waiter(long costTokens, Priority priority) {
            this.costTokens = costTokens;
            this.priority = priority;
        }

        @Override
        public int compareTo(Waiter other) {
            int byPriority = priority.compareTo(other.priority);
            return byPriority != 0 ? byPriority : Long.compare(sequence, other.sequence);
        }
    }
}
