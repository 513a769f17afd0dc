package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One rate-limit token bucket as {@code GET /account/limits} writes it (Kalshi's {@code BucketLimit}).
 *
 * @param refillRate tokens added per second
 * @param bucketCapacity most tokens the bucket holds
 */
public record RateBucket(
        @JsonProperty("refill_rate") long refillRate,
        @JsonProperty("bucket_capacity") long bucketCapacity) {
}
