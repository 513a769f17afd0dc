package dev.kalshisim.core.limits;

/**
 * The answer of {@link TokenBucket#tryConsume}: whether the tokens were taken, what is left, and
 * how long to wait otherwise. A server turns a rejection into a 429; a client throttle waits
 * {@code nanosToWait} and is then guaranteed to succeed if nothing else spent the bucket.
 *
 * @param outcome what happened
 * @param remainingTokens whole tokens left in the bucket after this call (after the spend when consumed)
 * @param nanosToWait 0 when consumed; for a rejection the exact wait, in nanoseconds, until the cost
 *     is affordable (rounded up); {@link Long#MAX_VALUE} when the cost exceeds the bucket's capacity
 */
public record ConsumptionProbe(Outcome outcome, long remainingTokens, long nanosToWait) {

    /** How a consumption attempt ended. */
    public enum Outcome {
        /** The tokens were taken. */
        CONSUMED,
        /** Not enough tokens now; enough after {@code nanosToWait}. */
        REJECTED,
        /** The cost is larger than the bucket's capacity, so no wait can ever make it affordable. */
        EXCEEDS_CAPACITY
    }

    public ConsumptionProbe {
        if (outcome == null) {
            throw new IllegalArgumentException("outcome must not be null");
        }
        if (remainingTokens < 0) {
            throw new IllegalArgumentException("remainingTokens must not be negative: " + remainingTokens);
        }
        boolean waitFits = switch (outcome) {
            case CONSUMED -> nanosToWait == 0;
            case REJECTED -> nanosToWait > 0;
            case EXCEEDS_CAPACITY -> nanosToWait == Long.MAX_VALUE;
        };
        if (!waitFits) {
            throw new IllegalArgumentException("nanosToWait " + nanosToWait + " does not fit outcome " + outcome);
        }
    }

    /** The tokens were taken, leaving {@code remainingTokens}. */
    public static ConsumptionProbe consumed(long remainingTokens) {
        return new ConsumptionProbe(Outcome.CONSUMED, remainingTokens, 0);
    }

    /** Not enough tokens: the cost is affordable after {@code nanosToWait} (positive) nanoseconds. */
    public static ConsumptionProbe rejected(long remainingTokens, long nanosToWait) {
        return new ConsumptionProbe(Outcome.REJECTED, remainingTokens, nanosToWait);
    }

    /** The cost is larger than the bucket's capacity. */
    public static ConsumptionProbe exceedsCapacity(long remainingTokens) {
        return new ConsumptionProbe(Outcome.EXCEEDS_CAPACITY, remainingTokens, Long.MAX_VALUE);
    }

    /** Whether the tokens were taken. */
    public boolean isConsumed() {
        return outcome == Outcome.CONSUMED;
    }

    /** Whether waiting can ever make this cost affordable (false only for {@link Outcome#EXCEEDS_CAPACITY}). */
    public boolean canEverSucceed() {
        return outcome != Outcome.EXCEEDS_CAPACITY;
    }
}
