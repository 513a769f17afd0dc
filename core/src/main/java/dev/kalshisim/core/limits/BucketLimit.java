package dev.kalshisim.core.limits;

/**
 * One bucket's configuration, as in Kalshi's {@code BucketLimit} ({@code refill_rate},
 * {@code bucket_capacity}).
 *
 * @param refillRate tokens added per second, positive
 * @param bucketCapacity the most tokens the bucket holds (and the balance of a new bucket), positive
 */
public record BucketLimit(long refillRate, long bucketCapacity) {

    public BucketLimit {
        if (refillRate <= 0) {
            throw new IllegalArgumentException("refill_rate must be positive (tokens per second): " + refillRate);
        }
        if (bucketCapacity <= 0) {
            throw new IllegalArgumentException("bucket_capacity must be positive (tokens): " + bucketCapacity);
        }
    }
}
