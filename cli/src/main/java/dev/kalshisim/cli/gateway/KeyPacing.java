package dev.kalshisim.cli.gateway;

import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.PacedBucket;
import dev.kalshisim.core.limits.PacingStats;
import dev.kalshisim.core.limits.TierLimits;
import dev.kalshisim.core.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pacing of one API key as the exchange sees it: a read and a write bucket, each behind a
 * {@link FairQueue}, shared by every client of the gateway that signs with this key.
 */
final class KeyPacing {

    private final String keyId;
    private final PacedBucket read;
    private final PacedBucket write;
    private final FairQueue readQueue;
    private final FairQueue writeQueue;
    private final AtomicLong rateLimited = new AtomicLong();
    private volatile TierLimits upstreamLimits;
    private volatile long lastSeenNanos;

    KeyPacing(String keyId, TierLimits limits, Clock clock, Executor executor) {
        this.keyId = keyId;
        this.read = new PacedBucket(BucketKind.READ, limits.read(), clock, executor);
        this.write = new PacedBucket(BucketKind.WRITE, limits.write(), clock, executor);
        this.readQueue = new FairQueue(read, clock);
        this.writeQueue = new FairQueue(write, clock);
    }

    String keyId() {
        return keyId;
    }

    /** See {@link FairQueue#submit}. */
    CompletableFuture<Void> submit(BucketKind kind, String client, long costTokens, PacedBucket.Priority priority,
            long deadlineNanos) {
        return queue(kind).submit(client, costTokens, priority, deadlineNanos);
    }

    /** The answer to a granted request is back: its tokens stop counting as in flight. */
    void settled(BucketKind kind, long costTokens) {
        bucket(kind).settled(costTokens);
    }

    /** The exchange answered 429 all the same (another client of the key not behind this gateway): wait for a refill. */
    void rateLimited(BucketKind kind) {
        rateLimited.incrementAndGet();
        bucket(kind).drain();
    }

    /** Adopts the limits the exchange reported for this key. */
    void reconfigure(TierLimits limits) {
        read.reconfigure(limits.read());
        write.reconfigure(limits.write());
        upstreamLimits = limits;
    }

    boolean limitsFromUpstream() {
        return upstreamLimits != null;
    }

    /** The limits the exchange reported for this key, or null while it has reported none. */
    TierLimits upstreamLimits() {
        return upstreamLimits;
    }

    /** A request of this key arrived at {@code nowNanos}. */
    void seen(long nowNanos) {
        lastSeenNanos = nowNanos;
    }

    /** No request since {@code cutoffNanos} and none waiting: its buckets have long refilled, so it can be forgotten. */
    boolean idleSince(long cutoffNanos) {
        return lastSeenNanos - cutoffNanos < 0 && pending(BucketKind.READ) == 0 && pending(BucketKind.WRITE) == 0;
    }

    /** Requests not yet granted: those queued here and the one at the bucket. */
    private int pending(BucketKind kind) {
        return queue(kind).waiting() + bucket(kind).stats().queued();
    }

    long rateLimitedCount() {
        return rateLimited.get();
    }

    PacingStats stats(BucketKind kind) {
        return bucket(kind).stats();
    }

    int waiting(BucketKind kind) {
        return queue(kind).waiting();
    }

    private FairQueue queue(BucketKind kind) {
        return kind == BucketKind.WRITE ? writeQueue : readQueue;
    }

    private PacedBucket bucket(BucketKind kind) {
        return kind == BucketKind.WRITE ? write : read;
    }
}
