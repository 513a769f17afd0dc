package dev.kalshisim.sim.server;

import dev.kalshisim.sim.limits.Charge;
import dev.kalshisim.sim.server.http.RouteResponse;

/**
 * The optional rate-limit headers (production sends none): {@code X-RateLimit-Limit} (bucket
 * capacity), {@code X-RateLimit-Remaining} (whole tokens left), {@code X-RateLimit-Reset} (seconds
 * until the bucket is full, rounded up) and, on a 429, {@code Retry-After} (seconds until the
 * request's cost is affordable, rounded up; left out when the cost exceeds the capacity, since no
 * wait helps).
 */
final class RateLimitHeaders {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private RateLimitHeaders() {
    }

    static RouteResponse add(RouteResponse response, Charge charge) {
        RouteResponse out = response
                .withHeader("X-RateLimit-Limit", Long.toString(charge.capacityTokens()))
                .withHeader("X-RateLimit-Remaining", Long.toString(charge.probe().remainingTokens()))
                .withHeader("X-RateLimit-Reset", Long.toString(secondsRoundedUp(charge.nanosUntilFull())));
        if (!charge.allowed() && charge.probe().canEverSucceed()) {
            out = out.withHeader("Retry-After", Long.toString(Math.max(1, secondsRoundedUp(charge.probe().nanosToWait()))));
        }
        return out;
    }

    private static long secondsRoundedUp(long nanos) {
        return nanos / NANOS_PER_SECOND + (nanos % NANOS_PER_SECOND == 0 ? 0 : 1);
    }
}
