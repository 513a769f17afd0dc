package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.TierLimits;
import java.util.Objects;

/**
 * The limits and costs a throttle paces by, and where each came from.
 *
 * @param usageTier the tier's wire name, e.g. "basic"
 * @param limits the read and write bucket limits
 * @param costs the endpoint cost table
 * @param limitsFromServer whether {@code limits} came from {@code GET /account/limits}
 * @param costsFromServer whether {@code costs} came from {@code GET /account/endpoint_costs}
 */
record RateLimits(String usageTier, TierLimits limits, EndpointCosts costs, boolean limitsFromServer,
        boolean costsFromServer) {

    RateLimits {
        Objects.requireNonNull(usageTier, "usageTier");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(costs, "costs");
    }

    /**
     * This load, but where it had to fall back and {@code previous} had the server's values,
     * keeping those: a refresh that hits a passing outage must not drop a premier account to
     * basic-tier pacing until the next refresh.
     */
    RateLimits orPrevious(RateLimits previous) {
        if (previous == null) {
            return this;
        }
        boolean keepLimits = !limitsFromServer && previous.limitsFromServer;
        boolean keepCosts = !costsFromServer && previous.costsFromServer;
        return new RateLimits(keepLimits ? previous.usageTier : usageTier, keepLimits ? previous.limits : limits,
                keepCosts ? previous.costs : costs, limitsFromServer || keepLimits, costsFromServer || keepCosts);
    }
}
