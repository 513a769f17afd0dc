package dev.kalshisim.cli.loadtest;

import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.Pacer;
import dev.kalshisim.core.limits.PacingStats;
import dev.kalshisim.core.limits.TierLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.HdrHistogram.Histogram;

/**
 * Takes the run's time series: every {@link #PERIOD_NANOS} the counters' growth as per-second
 * rates, the shared pacer's levels (bucket policy) and the estimated server levels. Called from one
 * thread at a time.
 */
final class Sampler {

    /** Four samples a second. */
    static final long PERIOD_NANOS = 250_000_000L;

    private final LoadStats stats;
    private final Pacer pacer;
    private final Timeline timeline;
    private final LongToDoubleFunction offeredAt;
    private final long startedNanos;
    private final LevelEstimate readLevel;
    private final LevelEstimate writeLevel;
    private final List<Sample> samples = new ArrayList<>();
    private long lastNanos;
    private long lastReadAttempts;
    private long lastWriteAttempts;
    private long lastReadOffered;
    private long lastWriteOffered;
    private long lastReadAccepted;
    private long lastWriteAccepted;
    private long last429;
    private long lastRetries;

    /**
     * @param pacer the shared pacer, or null when the policy has none
     * @param offeredAt the arrival rate the load asks for at an elapsed time in nanoseconds
     */
    Sampler(LoadStats stats, Pacer pacer, TierLimits limits, Timeline timeline, LongToDoubleFunction offeredAt,
            long startedNanos) {
        this.stats = stats;
        this.pacer = pacer;
        this.timeline = timeline;
        this.offeredAt = offeredAt;
        this.startedNanos = startedNanos;
        this.lastNanos = startedNanos;
        this.readLevel = new LevelEstimate(limits.read());
        this.writeLevel = new LevelEstimate(limits.write());
    }

    /** Takes one sample ending at {@code nowNanos}. */
    synchronized void sample(long nowNanos) {
        double seconds = (nowNanos - lastNanos) / 1e9;
        if (seconds <= 0) {
            return;
        }
        long readAttempts = stats.attempts(BucketKind.READ);
        long writeAttempts = stats.attempts(BucketKind.WRITE);
        long readOffered = stats.offeredTokens(BucketKind.READ);
        long writeOffered = stats.offeredTokens(BucketKind.WRITE);
        long readAccepted = stats.acceptedTokens(BucketKind.READ);
        long writeAccepted = stats.acceptedTokens(BucketKind.WRITE);
        long limited = stats.rejections429();
        long retries = stats.retries();
        Histogram latency = stats.intervalLatency();
        PacingStats pacedRead = pacer == null ? null : pacer.stats(BucketKind.READ);
        PacingStats pacedWrite = pacer == null ? null : pacer.stats(BucketKind.WRITE);
        long elapsed = nowNanos - startedNanos;
        samples.add(new Sample(elapsed / 1e9, timeline.at(elapsed), timeline.label(elapsed), offeredAt.applyAsDouble(elapsed),
                (readAttempts - lastReadAttempts) / seconds, (writeAttempts - lastWriteAttempts) / seconds,
                (readOffered - lastReadOffered) / seconds, (writeOffered - lastWriteOffered) / seconds,
                (readAccepted - lastReadAccepted) / seconds, (writeAccepted - lastWriteAccepted) / seconds,
                (limited - last429) / seconds, (retries - lastRetries) / seconds,
                pacedRead == null ? -1 : pacedRead.availableTokens(), pacedWrite == null ? -1 : pacedWrite.availableTokens(),
                pacedRead == null ? 0 : pacedRead.queued() + pacedWrite.queued(),
                readLevel.advance(seconds, readAccepted - lastReadAccepted),
                writeLevel.advance(seconds, writeAccepted - lastWriteAccepted),
                LoadStats.millis(latency, 50), LoadStats.millis(latency, 99), LoadStats.millis(latency, 99.9)));
        lastNanos = nowNanos;
        lastReadAttempts = readAttempts;
        lastWriteAttempts = writeAttempts;
        lastReadOffered = readOffered;
        lastWriteOffered = writeOffered;
        lastReadAccepted = readAccepted;
        lastWriteAccepted = writeAccepted;
        last429 = limited;
        lastRetries = retries;
    }

    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }
}
