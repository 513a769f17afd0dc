package dev.kalshisim.core.limits;

import dev.kalshisim.core.time.Clock;

/**
 * One token bucket: holds up to {@code capacity} tokens, refills continuously at
 * {@code refillRate} tokens per second, starts full, and grants a cost only if the balance covers
 * it (Kalshi's model: no windows, no penalty).
 *
 * <p>Exact integer arithmetic. The balance is kept in nano-tokens (10<sup>-9</sup> token), so a
 * rate of R tokens per second adds exactly R nano-tokens per nanosecond and no fraction of a token
 * is ever lost or invented. Hence, over any interval of {@code t} nanoseconds a bucket grants at most
 * {@code capacity + R * t / 10^9} tokens, and {@link ConsumptionProbe#nanosToWait()} is the
 * smallest whole number of nanoseconds after which the cost is covered (the division is rounded
 * up): waiting exactly that long and retrying succeeds, waiting one nanosecond less does not.
 *
 * <p>Written by hand rather than on bucket4j: bucket4j 8.19's greedy refill rounds the wait down
 * ({@code deficit * period / tokens}, floor), so at 300 tokens/s it answers 3,333,333 ns for one
 * token, still rejects after exactly that wait, and then answers a wait of 0.
 *
 * <p>Time comes only from the injected {@link Clock}; a clock reading earlier than the last one
 * refills nothing. A batch is all-or-nothing by charging its summed cost in one
 * {@link #tryConsume} call. Capacity is limited to {@value #MAX_CAPACITY_TOKENS} tokens so that
 * nano-tokens fit a long. Thread-safe: every method is synchronized.
 */
public final class TokenBucket {

    private static final long NANO_TOKENS_PER_TOKEN = 1_000_000_000L;

    /** The largest capacity a bucket can have, in tokens. */
    public static final long MAX_CAPACITY_TOKENS = Long.MAX_VALUE / NANO_TOKENS_PER_TOKEN;

    private final Clock clock;
    private long capacityTokens;
    private long refillTokensPerSecond;
    /** Capacity in nano-tokens. */
    private long capacityNanoTokens;
    /** Balance in nano-tokens, between 0 and {@link #capacityNanoTokens}. */
    private long balanceNanoTokens;
    /** Clock reading at which the balance was last brought up to date. */
    private long refilledAtNanos;

    /**
     * A full bucket.
     *
     * @param capacityTokens the most tokens it holds, 1 to {@value #MAX_CAPACITY_TOKENS}
     * @param refillTokensPerSecond tokens added per second, positive
     */
    public TokenBucket(Clock clock, long capacityTokens, long refillTokensPerSecond) {
        if (clock == null) {
            throw new IllegalArgumentException("clock must not be null");
        }
        this.clock = clock;
        this.refilledAtNanos = clock.nowNanos();
        configure(capacityTokens, refillTokensPerSecond);
        this.balanceNanoTokens = capacityNanoTokens;
    }

    /** A full bucket with the given limit. */
    public static TokenBucket of(Clock clock, BucketLimit limit) {
        return new TokenBucket(clock, limit.bucketCapacity(), limit.refillRate());
    }

    /**
     * Takes {@code costTokens} if the balance covers them, else takes nothing. A batch passes the
     * sum of its items' costs, so it is granted or rejected whole.
     *
     * @param costTokens tokens to take, not negative (0 always succeeds)
     */
    public synchronized ConsumptionProbe tryConsume(long costTokens) {
        if (costTokens < 0) {
            throw new IllegalArgumentException("costTokens must not be negative: " + costTokens);
        }
        refill();
        if (costTokens > capacityTokens) {
            return ConsumptionProbe.exceedsCapacity(wholeTokens());
        }
        long costNanoTokens = costTokens * NANO_TOKENS_PER_TOKEN; // cannot overflow: cost <= capacity
        if (balanceNanoTokens >= costNanoTokens) {
            balanceNanoTokens -= costNanoTokens;
            return ConsumptionProbe.consumed(wholeTokens());
        }
        return ConsumptionProbe.rejected(wholeTokens(), nanosToRefill(costNanoTokens - balanceNanoTokens));
    }

    /** Whole tokens available now (the fraction of a token being refilled is not counted). */
    public synchronized long availableTokens() {
        refill();
        return wholeTokens();
    }

    /** Nanoseconds until the bucket is full, rounded up; 0 if full. Useful for a reset-time header. */
    public synchronized long nanosUntilFull() {
        refill();
        return nanosToRefill(capacityNanoTokens - balanceNanoTokens);
    }

    /**
     * Changes the limits from now on, for example when a member's tier changes. Time so far
     * refills at the old rate; the balance is kept but clamped to the new capacity.
     */
    public synchronized void reconfigure(long capacityTokens, long refillTokensPerSecond) {
        refill();
        configure(capacityTokens, refillTokensPerSecond);
        balanceNanoTokens = Math.min(balanceNanoTokens, capacityNanoTokens);
    }

    /** Changes the limits from now on; see {@link #reconfigure(long, long)}. */
    public void reconfigure(BucketLimit limit) {
        reconfigure(limit.bucketCapacity(), limit.refillRate());
    }

    /** The capacity, in tokens. */
    public synchronized long capacityTokens() {
        return capacityTokens;
    }

    /** The refill rate, in tokens per second. */
    public synchronized long refillTokensPerSecond() {
        return refillTokensPerSecond;
    }

    private void configure(long capacityTokens, long refillTokensPerSecond) {
        if (capacityTokens <= 0 || capacityTokens > MAX_CAPACITY_TOKENS) {
            throw new IllegalArgumentException(
                    "capacityTokens must be between 1 and " + MAX_CAPACITY_TOKENS + ": " + capacityTokens);
        }
        if (refillTokensPerSecond <= 0) {
            throw new IllegalArgumentException("refillTokensPerSecond must be positive: " + refillTokensPerSecond);
        }
        this.capacityTokens = capacityTokens;
        this.refillTokensPerSecond = refillTokensPerSecond;
        this.capacityNanoTokens = capacityTokens * NANO_TOKENS_PER_TOKEN;
    }

    /** Brings the balance up to the clock's current time. */
    private void refill() {
        long now = clock.nowNanos();
        if (now <= refilledAtNanos) {
            return;
        }
        long elapsedNanos = Math.subtractExact(now, refilledAtNanos);
        refilledAtNanos = now;
        long deficitNanoTokens = capacityNanoTokens - balanceNanoTokens;
        // Comparing against the time to fill up first keeps rate * elapsed below the deficit, so it cannot overflow.
        if (elapsedNanos >= nanosToRefill(deficitNanoTokens)) {
            balanceNanoTokens = capacityNanoTokens;
        } else {
            balanceNanoTokens += refillTokensPerSecond * elapsedNanos;
        }
    }

    /** Nanoseconds to refill {@code nanoTokens}, rounded up: one nanosecond adds {@code refillTokensPerSecond} nano-tokens. */
    private long nanosToRefill(long nanoTokens) {
        long whole = nanoTokens / refillTokensPerSecond;
        return nanoTokens % refillTokensPerSecond == 0 ? whole : whole + 1;
    }

    private long wholeTokens() {
        return balanceNanoTokens / NANO_TOKENS_PER_TOKEN;
    }

    @Override
    public synchronized String toString() {
        return "TokenBucket[capacity=" + capacityTokens + " tokens, refill=" + refillTokensPerSecond
                + " tokens/s, balance=" + balanceNanoTokens + " nano-tokens]";
    }
}
