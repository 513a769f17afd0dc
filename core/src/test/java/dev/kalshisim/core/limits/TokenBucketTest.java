package dev.kalshisim.core.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.limits.ConsumptionProbe.Outcome;
import dev.kalshisim.core.time.VirtualClock;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long HOUR = 3_600L * SECOND;
    private static final long START = 1_750_000_000L * SECOND;

    private final VirtualClock clock = new VirtualClock(START);

    @Test
    void startsFull() {
        TokenBucket bucket = new TokenBucket(clock, 400, 200);

        assertThat(bucket.availableTokens()).isEqualTo(400);
        assertThat(bucket.nanosUntilFull()).isZero();
    }

    @Test
    void consumedProbeReportsRemainingTokens() {
        TokenBucket bucket = new TokenBucket(clock, 400, 200);

        assertThat(bucket.tryConsume(10)).isEqualTo(ConsumptionProbe.consumed(390));
        assertThat(bucket.availableTokens()).isEqualTo(390);
    }

    @Test
    void rejectionAnswersTheWaitRoundedUpAndThatWaitIsEnough() {
        TokenBucket bucket = new TokenBucket(clock, 600, 300);
        bucket.tryConsume(600);

        ConsumptionProbe probe = bucket.tryConsume(1);

        // One token at 300 tokens/s takes 3,333,333.33 ns: the answer must round up.
        assertThat(probe).isEqualTo(ConsumptionProbe.rejected(0, 3_333_334));
        clock.advanceBy(3_333_333);
        assertThat(bucket.tryConsume(1)).isEqualTo(ConsumptionProbe.rejected(0, 1));
        clock.advanceBy(1);
        assertThat(bucket.tryConsume(1).isConsumed()).isTrue();
    }

    @Test
    void fractionsOfATokenAreKeptExactly() {
        TokenBucket bucket = new TokenBucket(clock, 3, 3);
        bucket.tryConsume(3);

        // Refilled in three uneven steps; no fraction may be lost in between.
        clock.advanceBy(100_000_000);
        assertThat(bucket.availableTokens()).isZero();
        clock.advanceBy(100_000_000);
        assertThat(bucket.availableTokens()).isZero();
        clock.advanceBy(133_333_333);
        assertThat(bucket.availableTokens()).isZero();
        clock.advanceBy(1);
        assertThat(bucket.availableTokens()).isEqualTo(1);
    }

    @Test
    void rejectionTakesNothing() {
        TokenBucket bucket = new TokenBucket(clock, 100, 100);
        bucket.tryConsume(95);

        ConsumptionProbe probe = bucket.tryConsume(6);

        assertThat(probe.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(probe.remainingTokens()).isEqualTo(5);
        assertThat(bucket.availableTokens()).isEqualTo(5);
        assertThat(bucket.tryConsume(5).isConsumed()).isTrue();
    }

    @Test
    void batchIsGrantedOrRejectedWhole() {
        TokenBucket bucket = new TokenBucket(clock, 100, 100);
        bucket.tryConsume(60);
        long batchOfFiveCreates = EndpointCosts.defaults().costOfBatch("POST", "/trade-api/v2/portfolio/events/orders/batched", 5);

        ConsumptionProbe probe = bucket.tryConsume(batchOfFiveCreates);

        // 40 tokens would pay for four of the five items, but a batch is never split.
        assertThat(batchOfFiveCreates).isEqualTo(50);
        assertThat(probe.isConsumed()).isFalse();
        assertThat(bucket.availableTokens()).isEqualTo(40);
        clock.advanceBy(probe.nanosToWait());
        assertThat(bucket.tryConsume(batchOfFiveCreates)).isEqualTo(ConsumptionProbe.consumed(0));
    }

    @Test
    void costAboveCapacityCanNeverSucceed() {
        TokenBucket bucket = new TokenBucket(clock, 100, 100);

        ConsumptionProbe probe = bucket.tryConsume(101);

        assertThat(probe).isEqualTo(ConsumptionProbe.exceedsCapacity(100));
        assertThat(probe.canEverSucceed()).isFalse();
        assertThat(probe.nanosToWait()).isEqualTo(Long.MAX_VALUE);
        clock.advanceBy(HOUR);
        assertThat(bucket.tryConsume(101).outcome()).isEqualTo(Outcome.EXCEEDS_CAPACITY);
        assertThat(bucket.availableTokens()).isEqualTo(100);
    }

    @Test
    void zeroCostAlwaysSucceeds() {
        TokenBucket bucket = new TokenBucket(clock, 1, 1);
        bucket.tryConsume(1);

        assertThat(bucket.tryConsume(0)).isEqualTo(ConsumptionProbe.consumed(0));
    }

    @Test
    void nanosUntilFullCountsTheMissingFraction() {
        TokenBucket bucket = new TokenBucket(clock, 600, 300);
        bucket.tryConsume(1);

        assertThat(bucket.nanosUntilFull()).isEqualTo(3_333_334);
        clock.advanceBy(3_333_334);
        assertThat(bucket.nanosUntilFull()).isZero();
        assertThat(bucket.availableTokens()).isEqualTo(600);
    }

    @Test
    void reconfigureDownClampsTheBalance() {
        TokenBucket bucket = new TokenBucket(clock, 600, 300);
        bucket.tryConsume(100);

        bucket.reconfigure(100, 100);

        assertThat(bucket.availableTokens()).isEqualTo(100);
        assertThat(bucket.capacityTokens()).isEqualTo(100);
        assertThat(bucket.refillTokensPerSecond()).isEqualTo(100);
    }

    @Test
    void reconfigureUpKeepsTheBalanceAndRefillsAtTheNewRateFromNow() {
        TokenBucket bucket = TokenBucket.of(clock, TierTable.defaults().limit(Tier.BASIC, BucketKind.WRITE));
        bucket.tryConsume(100);
        clock.advanceBy(SECOND / 2);

        bucket.reconfigure(TierTable.defaults().limit(Tier.ADVANCED, BucketKind.WRITE));

        // Half a second at the old 100/s gave 50; the new capacity is not granted for free.
        assertThat(bucket.availableTokens()).isEqualTo(50);
        clock.advanceBy(SECOND);
        assertThat(bucket.availableTokens()).isEqualTo(350);
        clock.advanceBy(SECOND);
        assertThat(bucket.availableTokens()).isEqualTo(600);
    }

    @Test
    void longIdleTimeDoesNotOverflow() {
        VirtualClock early = new VirtualClock(0);
        TokenBucket bucket = new TokenBucket(early, TokenBucket.MAX_CAPACITY_TOKENS, 10_000);
        bucket.tryConsume(TokenBucket.MAX_CAPACITY_TOKENS);

        early.advanceBy(100L * 365 * 24 * HOUR);

        assertThat(bucket.availableTokens()).isEqualTo(TokenBucket.MAX_CAPACITY_TOKENS);
    }

    @Test
    void invalidArgumentsNameTheValue() {
        assertThatThrownBy(() -> new TokenBucket(clock, 0, 1)).hasMessageContaining("capacityTokens").hasMessageContaining(": 0");
        assertThatThrownBy(() -> new TokenBucket(clock, TokenBucket.MAX_CAPACITY_TOKENS + 1, 1)).hasMessageContaining("capacityTokens");
        assertThatThrownBy(() -> new TokenBucket(clock, 1, -5)).hasMessageContaining("refillTokensPerSecond").hasMessageContaining("-5");
        assertThatThrownBy(() -> new TokenBucket(clock, 1, 1).tryConsume(-1)).hasMessageContaining("costTokens");
        assertThatThrownBy(() -> ConsumptionProbe.rejected(0, 0)).hasMessageContaining("REJECTED");
    }

    /**
     * One virtual hour of random costs and random time steps: the bucket never grants more than
     * capacity + rate * elapsed, and a client that waits exactly the answered time always gets in,
     * while one nanosecond less is never enough.
     */
    @ParameterizedTest(name = "capacity {0}, rate {1}/s")
    @CsvSource({"400, 200", "100, 100", "600, 300", "1200, 600", "16000, 8000", "10000, 10000", "7, 3", "1, 1", "1000, 999"})
    void virtualHourNeverOverGrantsAndExactWaitsAlwaysSucceed(long capacity, long rate) {
        Random random = new Random(capacity * 31 + rate);
        TokenBucket bucket = new TokenBucket(clock, capacity, rate);
        long maxStepNanos = Math.max(1, 4 * capacity * SECOND / rate / 100);
        long granted = 0;
        int exactWaits = 0;

        while (clock.nowNanos() - START < HOUR) {
            clock.advanceBy(random.nextLong(0, maxStepNanos + 1));
            long cost = random.nextInt(8) == 0 ? random.nextLong(1, capacity + 1) : random.nextLong(1, Math.min(capacity, 12) + 1);
            ConsumptionProbe probe = bucket.tryConsume(cost);
            if (probe.isConsumed()) {
                granted += cost;
            } else if (random.nextBoolean()) {
                long wait = probe.nanosToWait();
                assertThat(wait).isPositive();
                clock.advanceBy(wait - 1);
                ConsumptionProbe early = bucket.tryConsume(cost);
                assertThat(early.outcome()).as("one nanosecond early").isEqualTo(Outcome.REJECTED);
                assertThat(early.nanosToWait()).as("wait left one nanosecond early").isEqualTo(1);
                clock.advanceBy(1);
                assertThat(bucket.tryConsume(cost).isConsumed()).as("after exactly the answered wait").isTrue();
                granted += cost;
                exactWaits++;
            }
            long elapsed = clock.nowNanos() - START;
            long allowedNanoTokens = Math.addExact(Math.multiplyExact(capacity, SECOND), Math.multiplyExact(rate, elapsed));
            assertThat(Math.multiplyExact(granted, SECOND)).isLessThanOrEqualTo(allowedNanoTokens);
        }
        assertThat(exactWaits).isGreaterThan(100);
    }

    /** A client that always retries at the answered time gets exactly capacity + rate * elapsed: no drift. */
    @ParameterizedTest(name = "capacity {0}, rate {1}/s, cost {2}")
    @CsvSource({"600, 300, 1", "100, 100, 10", "7, 3, 2", "16000, 8000, 10", "1000, 999, 7"})
    void exactWaitingClientGetsTheFullRateWithoutDrift(long capacity, long rate, long cost) {
        TokenBucket bucket = new TokenBucket(clock, capacity, rate);
        long end = START + HOUR;
        long granted = 0;

        while (true) {
            ConsumptionProbe probe = bucket.tryConsume(cost);
            if (probe.isConsumed()) {
                granted += cost;
                continue;
            }
            if (clock.nowNanos() + probe.nanosToWait() > end) {
                break;
            }
            clock.advanceBy(probe.nanosToWait());
        }

        long earned = capacity + rate * (HOUR / SECOND);
        assertThat(granted).isEqualTo(earned - earned % cost);
    }
}
