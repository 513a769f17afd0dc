package dev.kalshisim.core.limits;

import java.util.Objects;

/**
 * What one endpoint costs and which bucket pays: the answer of one cost-table lookup, kept with a
 * matched route so neither the simulator's limiter nor the client's throttle looks the path up again.
 *
 * @param bucket the bucket the request spends from, by Kalshi's routing rule
 * @param costTokens tokens per request, or per item when {@code perItem}
 * @param perItem whether a batch is charged {@code costTokens} for each of its items
 */
public record EndpointPrice(BucketKind bucket, long costTokens, boolean perItem) {

    /** The item count of a request that is not a batch. */
    public static final int SINGLE = -1;

    public EndpointPrice {
        Objects.requireNonNull(bucket, "bucket");
        if (costTokens < 0) {
            throw new IllegalArgumentException("costTokens must not be negative: " + costTokens);
        }
    }

    /**
     * The tokens of one request carrying {@code batchItems} items ({@link #SINGLE} for a single
     * request): cost times items for a per-item endpoint, else the cost once. An empty batch of a
     * per-item endpoint costs 0.
     *
     * @throws ArithmeticException if the total overflows a long
     */
    public long tokensFor(int batchItems) {
        if (batchItems < SINGLE) {
            throw new IllegalArgumentException("batchItems must be SINGLE or not negative: " + batchItems);
        }
        return perItem && batchItems != SINGLE ? Math.multiplyExact(costTokens, (long) batchItems) : costTokens;
    }
}
