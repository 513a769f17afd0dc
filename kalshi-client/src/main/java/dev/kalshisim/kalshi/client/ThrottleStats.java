package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.limits.PacingStats;

/**
 * A snapshot of the client's throttle, for logs and dashboards.
 *
 * @param enabled whether the client paces requests at all (429s are counted either way)
 * @param usageTier the tier the limits came from ("basic" when falling back), or null before the first request
 * @param limitsFromServer whether the limits were read from {@code GET /account/limits} (else the tier table's fallback)
 * @param costsFromServer whether the costs were read from {@code GET /account/endpoint_costs} (else the built-in table)
 * @param read the read bucket (core's {@link PacingStats}, as a backtest's {@code Pacer} reports it)
 * @param write the write bucket
 * @param rateLimitedResponses 429 responses seen since the client was built
 * @param refreshes times the limit and cost tables were (re)loaded
 */
public record ThrottleStats(boolean enabled, String usageTier, boolean limitsFromServer, boolean costsFromServer,
        PacingStats read, PacingStats write, long rateLimitedResponses, long refreshes) {

    /** Time requests spent queued in the throttle, both buckets, in nanoseconds. */
    public long totalWaitNanos() {
        return Math.addExact(read.waitNanosTotal(), write.waitNanosTotal());
    }
}
