package dev.kalshisim.cli.loadtest;

import dev.kalshisim.core.limits.BucketKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What a load run counted, shared by all its clients: attempts, 429s, retries, time spent waiting
 * (pacing and backoff), tokens offered and accepted per bucket, latency, what could not be sent by
 * kind, when the policy first ran dry, and orders placed twice. Counters only grow, so a sampler
 * can take per-interval figures as differences. Thread-safe.
 */
public final class LoadStats {

    static final long MAX_LATENCY_MICROS = 3_600_000_000L;

    private final LongAdder requests = new LongAdder();
    private final LongAdder rejections429 = new LongAdder();
    private final LongAdder otherErrors = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder waitNanos = new LongAdder();
    private final Map<BucketKind, LongAdder> attemptsByBucket = adders(BucketKind.class);
    private final Map<BucketKind, LongAdder> offeredTokens = adders(BucketKind.class);
    private final Map<BucketKind, LongAdder> acceptedTokens = adders(BucketKind.class);
    private final Map<Mix.Kind, LongAdder> issued = adders(Mix.Kind.class);
    private final Map<Mix.Kind, LongAdder> couldNotSend = adders(Mix.Kind.class);
    private final LongAdder duplicates = new LongAdder();
    private final Set<String> createdClientOrderIds = ConcurrentHashMap.newKeySet();
    /** Latency as the caller sees it, pacing and retries included, in microseconds, per interval. */
    private final Recorder latencyMicros = new Recorder(MAX_LATENCY_MICROS, 3);
    private final Histogram latencyTotal = new Histogram(MAX_LATENCY_MICROS, 3);
    private final AtomicLong firstRanDryNanos = new AtomicLong(Long.MAX_VALUE);
    private final AtomicReference<Mix.Kind> firstRanDryKind = new AtomicReference<>();

    private static <K extends Enum<K>> Map<K, LongAdder> adders(Class<K> type) {
        Map<K, LongAdder> map = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            map.put(key, new LongAdder());
        }
        return map;
    }

    /** A logical request of {@code kind} was issued (before pacing or retries). */
    void issued(Mix.Kind kind) {
        issued.get(kind).increment();
    }

    /** One attempt on the wire in {@code bucket}, offering {@code tokens}. */
    void attempt(BucketKind bucket, long tokens) {
        requests.increment();
        attemptsByBucket.get(bucket).increment();
        offeredTokens.get(bucket).add(tokens);
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
        acceptedTokens.get(bucket).add(tokens);
    }

    /** A request of {@code kind} was given up: refused, out of retries, or still waiting at the deadline. */
    void couldNotSend(Mix.Kind kind) {
        couldNotSend.get(kind).increment();
    }

    /**
     * The policy ran dry at {@code nanos} ({@link System#nanoTime()}) on a request of {@code kind};
     * the earliest call wins.
     */
    void ranDry(long nanos, Mix.Kind kind) {
        long seen = firstRanDryNanos.get();
        while (nanos < seen) {
            if (firstRanDryNanos.compareAndSet(seen, nanos)) {
                firstRanDryKind.set(kind);
                return;
            }
            seen = firstRanDryNanos.get();
        }
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

    /**
     * The latencies recorded since the previous call (the sampler's interval), also added to the
     * run's total. One caller at a time (the sampler, then the final summary).
     */
    synchronized Histogram intervalLatency() {
        Histogram interval = latencyMicros.getIntervalHistogram();
        latencyTotal.add(interval);
        return interval;
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

    public long attempts(BucketKind bucket) {
        return attemptsByBucket.get(bucket).sum();
    }

    public long offeredTokens(BucketKind bucket) {
        return offeredTokens.get(bucket).sum();
    }

    public long acceptedTokens(BucketKind bucket) {
        return acceptedTokens.get(bucket).sum();
    }

    public long issuedCount(Mix.Kind kind) {
        return issued.get(kind).sum();
    }

    public long couldNotSendCount(Mix.Kind kind) {
        return couldNotSend.get(kind).sum();
    }

    public long duplicates() {
        return duplicates.sum();
    }

    /** When the policy first ran dry ({@link System#nanoTime()}), or {@link Long#MAX_VALUE} if never. */
    public long firstRanDryNanos() {
        return firstRanDryNanos.get();
    }

    /** The kind of the request that first ran dry, or null. */
    public Mix.Kind firstRanDryKind() {
        return firstRanDryKind.get();
    }

    /** The run's latency at {@code percentile} (0-100) in milliseconds, up to the last interval taken. */
    public synchronized double latencyMillis(double percentile) {
        return millis(latencyTotal, percentile);
    }

    static double millis(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(percentile) / 1_000.0;
    }
}
