package dev.kalshisim.core.limits;

import dev.kalshisim.core.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Paces requests by an account's read and write token buckets on the injected {@link Clock},
 * knowing no HTTP: the Kalshi client's throttle is a thin stage over one, and a backtest can use one
 * directly to wait exactly as live trading would.
 *
 * <p>A request is priced once ({@link EndpointPrice}, from {@link EndpointCosts#priceOf}) and asks
 * for a {@link Permit} in its bucket; cancels queue ahead of everything else
 * ({@link PacedBucket.Priority#CANCEL}), the rest first come first served. Once the answer is back
 * the permit is {@linkplain Permit#settled() settled}, returning its tokens to the capacity; an
 * answer that was rate-limited anyway also {@linkplain Permit#rateLimited() empties} the bucket, so
 * the next requests wait for a real refill instead of hammering a server whose balance is lower
 * than ours. Thread-safe.
 */
public final class Pacer {

    private final PacedBucket read;
    private final PacedBucket write;

    /** Full buckets sized by {@code limits}; grants other than the caller's complete on {@code executor}. */
    public Pacer(TierLimits limits, Clock clock, Executor executor) {
        Objects.requireNonNull(limits, "limits");
        this.read = new PacedBucket(BucketKind.READ, limits.read(), clock, executor);
        this.write = new PacedBucket(BucketKind.WRITE, limits.write(), clock, executor);
    }

    /**
     * Completes once the tokens of a request of {@code price} carrying {@code batchItems} items
     * ({@link EndpointPrice#SINGLE} for a single request) have been taken.
     *
     * @throws IllegalArgumentException (in the future) when the cost exceeds the bucket's capacity
     */
    public CompletableFuture<Permit> acquire(EndpointPrice price, int batchItems, PacedBucket.Priority priority) {
        PacedBucket bucket = bucket(price.bucket());
        long cost = price.tokensFor(batchItems);
        return bucket.acquire(cost, priority).thenApply(granted -> new Permit(bucket, cost));
    }

    /** Takes tokens without queueing or counting, for requests that already happened (loading the limits). */
    public void charge(BucketKind kind, long costTokens) {
        bucket(kind).charge(costTokens);
    }

    /** Adopts new limits; balances are kept (clamped to the new capacities). */
    public void reconfigure(TierLimits limits) {
        read.reconfigure(limits.read());
        write.reconfigure(limits.write());
    }

    /** The state and counters of bucket {@code kind} now. */
    public PacingStats stats(BucketKind kind) {
        return bucket(kind).stats();
    }

    private PacedBucket bucket(BucketKind kind) {
        return kind == BucketKind.WRITE ? write : read;
    }

    /** Tokens granted to one request, to settle when its answer is back. */
    public static final class Permit {
        private final PacedBucket bucket;
        private final long costTokens;

        private Permit(PacedBucket bucket, long costTokens) {
            this.bucket = bucket;
            this.costTokens = costTokens;
        }

        /** The tokens this permit took. */
        public long costTokens() {
            return costTokens;
        }

        /**
         * The answer is back: the tokens stop counting against the capacity (until then the
         * server's bucket has not started refilling them either).
         */
        public void settled() {
            bucket.settled(costTokens);
        }

        /**
         * The answer was a rate-limit refusal all the same: the server's balance is lower than ours
         * (another session on the key, clock drift), so the bucket is emptied and the next requests
         * wait for a refill.
         */
        public void rateLimited() {
            bucket.drain();
        }
    }
}
