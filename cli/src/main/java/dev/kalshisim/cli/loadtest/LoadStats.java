package dev.kalshisim.cli.loadtest;

import dev.kalshisim.core.limits.BucketKind;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * What a load run counted, shared by all its clients: attempts, 429s, retries, time spent waiting
 * (pacing and backoff), tokens the server accepted per bucket, latency, and orders placed twice.
 */
public final class LoadStats {

    private static final long MAX_LATENCY_MICROS = 3_600_000_000L;

    private final LongAdder requests = new LongAdder();
    private final LongAdder rejections429 = new LongAdder();
    private final LongAdder otherErrors = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder waitNanos = new LongAdder();
    private final LongAdder acceptedReadTokens = new LongAdder();
    private final LongAdder acceptedWriteTokens = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final Set<String> createdClientOrderIds = ConcurrentHashMap.newKeySet();
    /** Latency as the caller sees it, pacing and retries included, in microseconds. */
    private final ConcurrentHistogram latencyMicros = new ConcurrentHistogram(MAX_LATENCY_MICROS, 3);

    void attempt() {
        requests.increment();
    }

    void rateLimited() {
        rejections429.increment();
    }

    void otherError() {
        otherErrors.increment();
    }

    void retried(long waitedNanos) {
        retries.increment();
        waitNanos.add(waitedNanos);
    }

    void waited(long nanos) {
        waitNanos.add(nanos);
    }

    void accepted(BucketKind bucket, long tokens) {
        (bucket == BucketKind.WRITE ? acceptedWriteTokens : acceptedReadTokens).add(tokens);
    }

    /** An order with this client order id was created; a second creation is a duplicate. */
    void created(String clientOrderId) {
        if (clientOrderId != null && !createdClientOrderIds.add(clientOrderId)) {
            duplicates.increment();
        }
    }

    void latency(long nanos) {
        latencyMicros.recordValue(Math.min(MAX_LATENCY_MICROS, Math.max(0, nanos / 1_000)));
    }

    public long requests() {
        return requests.sum();
    }

    public long rejections429() {
        return rejections429.sum();
    }

    public long otherErrors() {
        return otherErrors.sum();
    }

    public long retries() {
        return retries.sum();
    }

    public long waitNanos() {
        return waitNanos.sum();
    }

    public long acceptedTokens(BucketKind bucket) {
        return (bucket == BucketKind.WRITE ? acceptedWriteTokens : acceptedReadTokens).sum();
    }

    public long duplicates() {
        return duplicates.sum();
    }

    /** The latency at {@code percentile} (0-100) in milliseconds. */
    public double latencyMillis(double percentile) {
        return latencyMicros.getTotalCount() == 0 ? 0 : latencyMicros.getValueAtPercentile(percentile) / 1_000.0;
    }
}
