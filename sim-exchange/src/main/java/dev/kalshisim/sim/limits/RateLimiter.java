package dev.kalshisim.sim.limits;

import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.ConsumptionProbe;
import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.EndpointPrice;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.limits.TierTable;
import dev.kalshisim.core.limits.TokenBucket;
import dev.kalshisim.core.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kalshi's token-bucket limits: per API key a read and a write bucket sized by the member's tier,
 * each request charged its endpoint cost, a batch its summed cost all or nothing.
 *
 * <p>Unsigned calls to public endpoints are limited per {@link UnsignedLimit}. Buckets live on the
 * server's clock, so on virtual time they refill only when the clock is advanced. A tier change
 * resizes the member's buckets at once ({@link TokenBucket#reconfigure}: time before it refilled
 * at the old rate, time after at the new); the tier is also re-read on every charge, which catches
 * expired grants. Thread-safe: buckets synchronize themselves.
 */
public final class RateLimiter {

    private final Clock clock;
    private final TierTable tiers;
    private final EndpointCosts costs;
    private final TierGrants grants;
    private final UnsignedLimit unsignedLimit;
    private final Map<String, KeyBuckets> byKey = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> byAddress = new ConcurrentHashMap<>();

    public RateLimiter(Clock clock, TierTable tiers, EndpointCosts costs, TierGrants grants, UnsignedLimit unsignedLimit) {
        this.clock = clock;
        this.tiers = tiers;
        this.costs = costs;
        this.grants = grants;
        this.unsignedLimit = unsignedLimit;
        grants.onChange(this::resize);
    }

    /** The cost table being enforced (routes are priced from it when the router is built). */
    public EndpointCosts costs() {
        return costs;
    }

    /** The tier table being enforced. */
    public TierTable tiers() {
        return tiers;
    }

    /**
     * Charges a signed request to its key's bucket.
     *
     * @param price the matched route's price (which bucket, how many tokens)
     * @param batchItems the number of items of a batch request, or {@link EndpointPrice#SINGLE}
     */
    public Charge chargeKey(String apiKeyId, String memberId, EndpointPrice price, int batchItems) {
        KeyBuckets buckets = byKey.computeIfAbsent(apiKeyId, id -> new KeyBuckets(memberId, currentTier(memberId)));
        TokenBucket bucket = buckets.bucketFor(price.bucket(), currentTier(memberId));
        return consume(bucket, price.bucket(), price.tokensFor(batchItems));
    }

    /** Charges an unsigned request to a public endpoint of {@code price}, by client address. */
    public Charge chargeAddress(String remoteAddress, EndpointPrice price) {
        if (unsignedLimit == UnsignedLimit.NONE) {
            return Charge.unmetered();
        }
        BucketKind kind = price.bucket();
        TokenBucket bucket = byAddress.computeIfAbsent(remoteAddress + " " + kind.wire(),
                key -> TokenBucket.of(clock, tiers.limit(Tier.BASIC, kind)));
        return consume(bucket, kind, price.tokensFor(EndpointPrice.SINGLE));
    }

    /** Resizes the buckets of every key of {@code memberId} to its tier now. */
    private void resize(String memberId) {
        Tier tier = currentTier(memberId);
        for (KeyBuckets buckets : byKey.values()) {
            if (buckets.memberId.equals(memberId)) {
                buckets.bucketFor(BucketKind.READ, tier);
            }
        }
    }

    /** Forgets every bucket: the next request of each key starts full. */
    public void reset() {
        byKey.clear();
        byAddress.clear();
    }

    private Tier currentTier(String memberId) {
        return grants.tierOf(memberId, clock.nowMillis() / 1000);
    }

    private static Charge consume(TokenBucket bucket, BucketKind kind, long costTokens) {
        ConsumptionProbe probe = bucket.tryConsume(costTokens);
        return new Charge(probe.isConsumed(), costTokens, kind, bucket.capacityTokens(), probe, bucket.nanosUntilFull());
    }

    /** One key's two buckets and the tier they are sized for. */
    private final class KeyBuckets {
        private final String memberId;
        private final TokenBucket read;
        private final TokenBucket write;
        private Tier sizedFor;

        KeyBuckets(String memberId, Tier tier) {
            this.memberId = memberId;
            this.read = TokenBucket.of(clock, tiers.limit(tier, BucketKind.READ));
            this.write = TokenBucket.of(clock, tiers.limit(tier, BucketKind.WRITE));
            this.sizedFor = tier;
        }

        synchronized TokenBucket bucketFor(BucketKind kind, Tier tier) {
            if (tier != sizedFor) {
                read.reconfigure(tiers.limit(tier, BucketKind.READ));
                write.reconfigure(tiers.limit(tier, BucketKind.WRITE));
                sizedFor = tier;
            }
            return kind == BucketKind.READ ? read : write;
        }
    }
}
