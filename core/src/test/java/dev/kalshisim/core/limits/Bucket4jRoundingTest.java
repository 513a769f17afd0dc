package dev.kalshisim.core.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.time.VirtualClock;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Pins the bucket4j behaviour that justifies our own {@link TokenBucket}: a client that waits
 * exactly the time bucket4j answered is refused, because bucket4j rounds the wait down. When a
 * bucket4j upgrade makes the first test fail, the hand-written bucket may be worth replacing.
 */
class Bucket4jRoundingTest {

    private static final long START = 1_750_000_000_000_000_000L;
    /** 300 tokens a second: one token takes 3,333,333.3 ns, so rounding shows. */
    private static final long RATE = 300;

    private final VirtualClock clock = new VirtualClock(START);

    @Test
    void bucket4jRefusesARequestMadeAfterExactlyTheWaitItAnswered() {
        TimeMeter virtual = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.nowNanos();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        Bucket bucket = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(RATE).refillGreedy(RATE, Duration.ofSeconds(1)).build())
                .withCustomTimePrecision(virtual)
                .build();
        assertThat(bucket.tryConsume(RATE)).isTrue();

        io.github.bucket4j.ConsumptionProbe refused = bucket.tryConsumeAndReturnRemaining(1);
        assertThat(refused.isConsumed()).isFalse();
        // floor(1 token * 1e9 ns / 300): a third of a nanosecond short.
        assertThat(refused.getNanosToWaitForRefill()).isEqualTo(3_333_333L);

        clock.advanceBy(refused.getNanosToWaitForRefill());
        io.github.bucket4j.ConsumptionProbe again = bucket.tryConsumeAndReturnRemaining(1);
        assertThat(again.isConsumed()).as("bucket4j after exactly the wait it answered").isFalse();
        assertThat(again.getNanosToWaitForRefill()).as("and it now says there is nothing to wait").isZero();
    }

    @Test
    void ourBucketAcceptsARequestMadeAfterExactlyTheWaitItAnswered() {
        TokenBucket bucket = new TokenBucket(clock, RATE, RATE);
        assertThat(bucket.tryConsume(RATE).isConsumed()).isTrue();

        ConsumptionProbe refused = bucket.tryConsume(1);
        assertThat(refused.isConsumed()).isFalse();
        // ceil(1e9 / 300): the smallest whole wait after which the token is there.
        assertThat(refused.nanosToWait()).isEqualTo(3_333_334L);

        clock.advanceBy(refused.nanosToWait());
        assertThat(bucket.tryConsume(1).isConsumed()).as("ours after exactly the wait it answered").isTrue();
    }
}
