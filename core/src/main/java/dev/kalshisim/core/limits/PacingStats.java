package dev.kalshisim.core.limits;

/**
 * One paced bucket's state and counters, for logs, dashboards and a run's statistics.
 *
 * @param capacityTokens the bucket's capacity (0 before limits are known)
 * @param refillTokensPerSecond its refill rate (0 before limits are known)
 * @param availableTokens whole tokens in the local bucket now
 * @param requestsLastMinute requests granted in the last 60 s of clock time
 * @param tokensLastMinute tokens granted in the last 60 s of clock time
 * @param requestsTotal requests granted since the bucket was built
 * @param tokensTotal tokens granted since the bucket was built
 * @param waitNanosTotal time granted requests spent queued, summed, in nanoseconds
 * @param queued requests waiting now
 */
public record PacingStats(long capacityTokens, long refillTokensPerSecond, long availableTokens,
        long requestsLastMinute, long tokensLastMinute, long requestsTotal, long tokensTotal,
        long waitNanosTotal, int queued) {

    /** A bucket that has not been set up. */
    public static final PacingStats EMPTY = new PacingStats(0, 0, 0, 0, 0, 0, 0, 0, 0);
}
