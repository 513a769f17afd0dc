package dev.kalshisim.cli.loadtest;

import dev.kalshisim.core.limits.BucketLimit;

/**
 * The server's bucket level as the tokens it accepted imply it: full at the start, refilled at the
 * tier's rate up to capacity, less each interval's accepted tokens, never below zero. The client
 * cannot see the server's balance; this is the level a policy without its own bucket ran against.
 */
final class LevelEstimate {

    private final BucketLimit limit;
    private double level;

    LevelEstimate(BucketLimit limit) {
        this.limit = limit;
        this.level = limit.bucketCapacity();
    }

    /** After {@code seconds} in which {@code acceptedTokens} were accepted: the level now. */
    double advance(double seconds, long acceptedTokens) {
        level = Math.min(limit.bucketCapacity(), level + limit.refillRate() * seconds);
        level = Math.max(0, level - acceptedTokens);
        return level;
    }
}
