package dev.kalshisim.kalshi.client;

import java.time.Duration;

/**
 * How often and how patiently the client retries a failed request.
 *
 * <p>Retry number {@code n} (0 for the first retry) waits a uniformly random time in
 * {@code [0, min(capNanos, firstWaitNanos * 2^n)]} ("full jitter"), unless the server sent a
 * {@code Retry-After}, which is waited exactly. Which failures are retried depends on the request
 * (see {@link KalshiClient}).
 *
 * @param firstWaitNanos the ceiling of the first retry's wait, not negative
 * @param capNanos the largest ceiling of any wait, at least {@code firstWaitNanos}
 * @param maxAttempts total attempts including the first, at least 1 (1 = never retry)
 */
public record RetryPolicy(long firstWaitNanos, long capNanos, int maxAttempts) {

    /** 100 ms first wait, 30 s cap, 6 attempts. */
    public static final RetryPolicy DEFAULT = of(Duration.ofMillis(100), Duration.ofSeconds(30), 6);

    public RetryPolicy {
        if (firstWaitNanos < 0) {
            throw new IllegalArgumentException("firstWaitNanos must not be negative: " + firstWaitNanos);
        }
        if (capNanos < firstWaitNanos) {
            throw new IllegalArgumentException("capNanos " + capNanos + " must be at least firstWaitNanos " + firstWaitNanos);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 (the first try): " + maxAttempts);
        }
    }

    /** A policy from durations. */
    public static RetryPolicy of(Duration firstWait, Duration cap, int maxAttempts) {
        return new RetryPolicy(firstWait.toNanos(), cap.toNanos(), maxAttempts);
    }

    /** One attempt, no retries. */
    public static RetryPolicy none() {
        return new RetryPolicy(0, 0, 1);
    }

    /** The jittered backoff between attempts: ceilings from {@code firstWaitNanos} doubling to {@code capNanos}. */
    public Backoff backoff() {
        return new Backoff(firstWaitNanos, capNanos);
    }

    /** This policy with another attempt limit. */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(firstWaitNanos, capNanos, attempts);
    }
}
