package dev.kalshisim.cli.loadtest;

import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.BucketLimit;
import dev.kalshisim.core.limits.PacingStats;
import dev.kalshisim.core.limits.TierLimits;
import java.util.Locale;

/**
 * The figures of one finished run and their two renderings: the machine-readable last line and
 * {@code summary.json}.
 *
 * <p>Utilization is the tokens the server accepted in a bucket over the most it could accept in the
 * run: the bucket's capacity (it starts full) plus its refill rate times the elapsed time. So it
 * stays within 0..1, and 1 means the whole budget was used.
 */
record LoadSummary(Policy policy, String model, String tier, int clients, double elapsedSeconds, long requests,
        long rejections429, long otherErrors, long retries, double waitSeconds, long writeTokens, long readTokens,
        long writeBudget, long readBudget, long duplicates, double p50Millis, double p99Millis, double p999Millis,
        long pacerWriteTokens, long pacerReadTokens) {

    static LoadSummary of(Policy policy, String model, String tier, int clients, long elapsedNanos, LoadStats stats,
            TierLimits limits, PacingStats pacedWrite, PacingStats pacedRead) {
        double seconds = elapsedNanos / 1e9;
        return new LoadSummary(policy, model, tier, clients, seconds, stats.requests(), stats.rejections429(),
                stats.otherErrors(), stats.retries(), stats.waitNanos() / 1e9,
                stats.acceptedTokens(BucketKind.WRITE), stats.acceptedTokens(BucketKind.READ),
                budget(limits.write(), elapsedNanos), budget(limits.read(), elapsedNanos), stats.duplicates(),
                stats.latencyMillis(50), stats.latencyMillis(99), stats.latencyMillis(99.9),
                pacedWrite.tokensTotal(), pacedRead.tokensTotal());
    }

    private static long budget(BucketLimit limit, long elapsedNanos) {
        return limit.bucketCapacity() + Math.round(limit.refillRate() * (elapsedNanos / 1e9));
    }

    double writeUtilization() {
        return Math.min(1.0, (double) writeTokens / writeBudget);
    }

    double readUtilization() {
        return Math.min(1.0, (double) readTokens / readBudget);
    }

    /** The share of attempts the server refused with 429. */
    double rejectionRatio() {
        return requests == 0 ? 0 : (double) rejections429 / requests;
    }

    /** The one machine-readable line every run ends with. */
    String line() {
        return String.format(Locale.ROOT,
                "summary: policy=%s write_utilization=%.3f read_utilization=%.3f requests=%d rejections_429=%d"
                        + " duplicates=%d p99_ms=%.2f",
                policy.wire(), writeUtilization(), readUtilization(), requests, rejections429, duplicates, p99Millis);
    }

    /** A human table of the same figures. */
    String table() {
        double ratio = rejectionRatio();
        return String.format(Locale.ROOT, String.join("%n",
                "policy        %s (%s model, tier %s, %d clients, %.1f s)",
                "requests      %d (%.1f/s), 429s %d (%.1f%%), other errors %d, retries %d",
                "write bucket  %d tokens accepted of %d budget (%.1f%%)",
                "read bucket   %d tokens accepted of %d budget (%.1f%%)",
                "waiting       %.2f s total (pacing and backoff)",
                "latency ms    p50 %.2f  p99 %.2f  p99.9 %.2f (as the caller sees it, waits included)",
                "duplicates    %d"),
                policy.wire(), model, tier, clients, elapsedSeconds,
                requests, requests / Math.max(1e-9, elapsedSeconds), rejections429, 100 * ratio, otherErrors, retries,
                writeTokens, writeBudget, 100 * writeUtilization(), readTokens, readBudget, 100 * readUtilization(),
                waitSeconds, p50Millis, p99Millis, p999Millis, duplicates);
    }

    String json() {
        return String.format(Locale.ROOT, "{%n"
                + "  \"policy\" : \"%s\",%n  \"model\" : \"%s\",%n  \"tier\" : \"%s\",%n  \"clients\" : %d,%n  \"elapsed_seconds\" : %.3f,%n"
                + "  \"requests\" : %d,%n  \"rejections_429\" : %d,%n  \"rejection_ratio\" : %.4f,%n  \"other_errors\" : %d,%n  \"retries\" : %d,%n"
                + "  \"wait_seconds\" : %.3f,%n"
                + "  \"write_tokens_accepted\" : %d,%n  \"write_budget_tokens\" : %d,%n  \"write_utilization\" : %.4f,%n"
                + "  \"read_tokens_accepted\" : %d,%n  \"read_budget_tokens\" : %d,%n  \"read_utilization\" : %.4f,%n"
                + "  \"pacer_write_tokens_granted\" : %d,%n  \"pacer_read_tokens_granted\" : %d,%n"
                + "  \"duplicates\" : %d,%n  \"latency_ms\" : { \"p50\" : %.3f, \"p99\" : %.3f, \"p99_9\" : %.3f }%n}%n",
                policy.wire(), model, tier, clients, elapsedSeconds, requests, rejections429, rejectionRatio(), otherErrors, retries,
                waitSeconds, writeTokens, writeBudget, writeUtilization(), readTokens, readBudget, readUtilization(),
                pacerWriteTokens, pacerReadTokens, duplicates, p50Millis, p99Millis, p999Millis);
    }
}
