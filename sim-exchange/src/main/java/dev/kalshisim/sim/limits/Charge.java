package dev.kalshisim.sim.limits;

import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.ConsumptionProbe;

/**
 * The rate limiter's verdict on one request.
 *
 * @param allowed whether the request may proceed
 * @param costTokens tokens charged (0 when the request was not metered)
 * @param bucket the bucket charged, or {@code null} when not metered
 * @param capacityTokens that bucket's capacity, for {@code X-RateLimit-Limit}; 0 when not metered
 * @param probe the bucket's answer, or {@code null} when not metered
 * @param nanosUntilFull how long the bucket takes to refill completely, for {@code X-RateLimit-Reset}
 */
public record Charge(boolean allowed, long costTokens, BucketKind bucket, long capacityTokens,
                     ConsumptionProbe probe, long nanosUntilFull) {

    /** A request that is not metered at all. */
    public static Charge unmetered() {
        return new Charge(true, 0, null, 0, null, 0);
    }

    /** Whether a bucket was consulted. */
    public boolean isMetered() {
        return probe != null;
    }
}
