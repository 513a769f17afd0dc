package dev.kalshisim.cli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.BucketLimit;
import dev.kalshisim.core.limits.PacedBucket;
import dev.kalshisim.core.limits.TierLimits;
import dev.kalshisim.core.time.VirtualClock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The gateway forgets idle keys, but not their learnt limits and never a key with requests waiting. */
class KeyPacingsTest {

    private static final long TEN_MINUTES = TimeUnit.MINUTES.toNanos(10);

    private final VirtualClock clock = VirtualClock.atMillis(1_700_000_000_000L);
    private final KeyPacings pacings = new KeyPacings(
            new TierLimits(new BucketLimit(200, 200), new BucketLimit(100, 100)), clock, Runnable::run);

    @Test
    void aKeyIdleForTheWholeSpanIsForgottenAndARecentOneKept() {
        pacings.forKey("old");
        clock.advanceByMillis(TimeUnit.MINUTES.toMillis(11));
        pacings.forKey("recent");

        assertThat(pacings.forgetIdle(TEN_MINUTES)).isEqualTo(1);
        assertThat(pacings.all()).extracting(KeyPacing::keyId).containsExactly("recent");
    }

    @Test
    void everyRequestCountsAsActivity() {
        pacings.forKey("busy");
        clock.advanceByMillis(TimeUnit.MINUTES.toMillis(9));
        pacings.forKey("busy");
        clock.advanceByMillis(TimeUnit.MINUTES.toMillis(9));

        assertThat(pacings.forgetIdle(TEN_MINUTES)).isZero();
        assertThat(pacings.all()).hasSize(1);
    }

    @Test
    void aReturningKeyKeepsTheLimitsTheExchangeReported() {
        TierLimits advanced = new TierLimits(new BucketLimit(300, 300), new BucketLimit(300, 300));
        pacings.forKey("key").reconfigure(advanced);
        clock.advanceByMillis(TimeUnit.MINUTES.toMillis(11));
        assertThat(pacings.forgetIdle(TEN_MINUTES)).isEqualTo(1);

        KeyPacing back = pacings.forKey("key");
        assertThat(back.limitsFromUpstream()).isTrue();
        assertThat(back.stats(BucketKind.WRITE).refillTokensPerSecond()).isEqualTo(300);
        assertThat(back.stats(BucketKind.READ).capacityTokens()).isEqualTo(300);
    }

    @Test
    void aKeyWithARequestWaitingIsNeverForgotten() {
        KeyPacing pacing = pacings.forKey("key");
        // The write bucket holds 100 tokens: the first request takes them all and is never answered,
        // so the second waits for a refill the test never lets happen.
        pacing.submit(BucketKind.WRITE, "c", 100, PacedBucket.Priority.NORMAL, Long.MAX_VALUE);
        pacing.submit(BucketKind.WRITE, "c", 100, PacedBucket.Priority.NORMAL, Long.MAX_VALUE);
        assertThat(pacing.stats(BucketKind.WRITE).queued()).isEqualTo(1);
        // Advancing the clock would refill the bucket and grant it, so ask instead for keys idle since
        // eleven minutes from now: the key qualifies by time, and only its waiting request keeps it.
        assertThat(pacings.forgetIdle(-TimeUnit.MINUTES.toNanos(11))).isZero();
        assertThat(pacings.all()).hasSize(1);
    }
}
