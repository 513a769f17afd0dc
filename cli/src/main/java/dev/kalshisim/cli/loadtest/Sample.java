package dev.kalshisim.cli.loadtest;

import java.util.Locale;

/**
 * One row of the run's time series: what happened in the interval ending {@code elapsedSeconds}
 * into the run, as per-second rates, and the buckets' levels at its end.
 *
 * @param elapsedSeconds the interval's end, seconds since the run started
 * @param scenarioSeconds the same moment on the scenario's clock (seconds relative to the release for
 *        fed-announcement)
 * @param label the scenario time as people read it ("T-14:32")
 * @param offeredPerSecond the arrival rate the scenario asked for then (open model; 0 in the closed model)
 * @param readRequestsPerSecond attempts on the wire in the read bucket
 * @param writeRequestsPerSecond attempts on the wire in the write bucket
 * @param readTokensPerSecond tokens those read attempts asked for (429s included)
 * @param writeTokensPerSecond tokens those write attempts asked for (429s included)
 * @param readAcceptedPerSecond read tokens the server accepted
 * @param writeAcceptedPerSecond write tokens the server accepted
 * @param rejectionsPerSecond 429 answers
 * @param retriesPerSecond backoff retries scheduled
 * @param pacerReadLevel the shared pacer's read bucket, whole tokens now (-1 without a pacer)
 * @param pacerWriteLevel the shared pacer's write bucket (-1 without a pacer)
 * @param pacerQueued requests waiting in the pacer now
 * @param estimatedReadLevel the server's read bucket as accepted tokens imply it (full at the start,
 *        refilled at the tier's rate, less what was accepted; an estimate for every policy)
 * @param estimatedWriteLevel the same for the write bucket
 * @param p50Millis latency of the requests answered in the interval
 * @param p99Millis the same, 99th percentile
 * @param p999Millis the same, 99.9th percentile
 */
public record Sample(double elapsedSeconds, double scenarioSeconds, String label, double offeredPerSecond,
        double readRequestsPerSecond, double writeRequestsPerSecond, double readTokensPerSecond,
        double writeTokensPerSecond, double readAcceptedPerSecond, double writeAcceptedPerSecond,
        double rejectionsPerSecond, double retriesPerSecond, long pacerReadLevel, long pacerWriteLevel,
        int pacerQueued, double estimatedReadLevel, double estimatedWriteLevel, double p50Millis, double p99Millis,
        double p999Millis) {

    /** The CSV header of {@link #csv()}, with the tier's budgets as two constant columns. */
    static final String HEADER = "t_s,scenario_s,label,offered_per_s,read_requests_per_s,write_requests_per_s,"
            + "read_tokens_per_s,write_tokens_per_s,read_accepted_per_s,write_accepted_per_s,read_budget_per_s,"
            + "write_budget_per_s,rejections_429_per_s,retries_per_s,pacer_read_level,pacer_write_level,pacer_queued,"
            + "estimated_read_level,estimated_write_level,p50_ms,p99_ms,p99_9_ms";

    /** The row as CSV, with the read and write refill rates (the budgets per second). */
    String csv(long readBudget, long writeBudget) {
        return String.format(Locale.ROOT,
                "%.3f,%.1f,%s,%.2f,%.2f,%.2f,%.1f,%.1f,%.1f,%.1f,%d,%d,%.2f,%.2f,%d,%d,%d,%.1f,%.1f,%.3f,%.3f,%.3f",
                elapsedSeconds, scenarioSeconds, label, offeredPerSecond, readRequestsPerSecond, writeRequestsPerSecond,
                readTokensPerSecond, writeTokensPerSecond, readAcceptedPerSecond, writeAcceptedPerSecond, readBudget,
                writeBudget, rejectionsPerSecond, retriesPerSecond, pacerReadLevel, pacerWriteLevel, pacerQueued,
                estimatedReadLevel, estimatedWriteLevel, p50Millis, p99Millis, p999Millis);
    }
}
