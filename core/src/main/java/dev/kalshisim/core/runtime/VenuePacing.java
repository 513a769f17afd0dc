package dev.kalshisim.core.runtime;

/**
 * How a venue's request pacing treated a run: rate-limited answers seen and time spent queued.
 *
 * @param rateLimitedResponses HTTP 429 answers (0 when the venue has no such notion)
 * @param waitNanos            time requests spent waiting for the pacing to let them go
 */
public record VenuePacing(long rateLimitedResponses, long waitNanos) {

    /** A venue that does not pace, or whose pacing is unknown. */
    public static final VenuePacing NONE = new VenuePacing(0, 0);
}
