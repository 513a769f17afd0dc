package dev.kalshisim.kalshi.client;

/**
 * A snapshot of the client's throttle, for logs and dashboards.
 *
 * @param enabled whether the client paces requests at all (429s are counted either way)
 * @param usageTier the tier the limits came from ("basic" when falling back), or null before the first request
 * @param limitsFromServer whether the limits were read from {@code GET /account/limits} (else the tier table's fallback)
 * @param costsFromServer whether the costs were read from {@code GET /account/endpoint_costs} (else the built-in table)
 * @param read the read bucket
 * @param write the write bucket
 * @param rateLimitedResponses 429 responses seen since the client was built
 * @param refreshes times the limit and cost tables were (re)loaded
 */
public record ThrottleStats(boolean enabled, String usageTier, boolean limitsFromServer, boolean costsFromServer,
        BucketStats read, BucketStats write, long rateLimitedResponses, long refreshes) {

    /** Time requests spent queued in the throttle, both buckets, in nanoseconds. */
    public long totalWaitNanos() {
        return Math.addExact(read.waitNanosTotal(), write.waitNanosTotal());
    }

    /**
     * One bucket's state and counters.
     *
     * @param capacityTokens the bucket's capacity (0 before limits are known)
     * @param refillTokensPerSecond its refill rate (0 before limits are known)
     * @param availableTokens whole tokens in the local bucket now
     * @param requestsLastMinute requests granted in the last 60 s of clock time
     * @param tokensLastMinute tokens granted in the last 60 s of clock time
     * @param requestsTotal requests granted since the client was built
     * @param tokensTotal tokens granted since the client was built
     * @param waitNanosTotal time granted requests spent queued, summed, in nanoseconds
     * @param queued requests waiting now
     */
    public record BucketStats(long capacityTokens, long refillTokensPerSecond, long availableTokens,
            long requestsLastMinute, long tokensLastMinute, long requestsTotal, long tokensTotal,
            long waitNanosTotal, int queued) {

        /** A bucket that has not been set up. */
        public static final BucketStats EMPTY = new BucketStats(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
