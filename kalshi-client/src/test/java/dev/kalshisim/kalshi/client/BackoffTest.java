package dev.kalshisim.kalshi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final long MS = 1_000_000L;

    @Test
    void ceilingsDoubleFromTheFirstWaitUpToTheCap() {
        Backoff backoff = new Backoff(RetryPolicy.DEFAULT, new Random(1));

        assertThat(backoff.ceilingNanos(0)).isEqualTo(100 * MS);
        assertThat(backoff.ceilingNanos(1)).isEqualTo(200 * MS);
        assertThat(backoff.ceilingNanos(4)).isEqualTo(1_600 * MS);
        assertThat(backoff.ceilingNanos(8)).isEqualTo(25_600 * MS);
        assertThat(backoff.ceilingNanos(9)).isEqualTo(30_000 * MS);
        assertThat(backoff.ceilingNanos(62)).isEqualTo(30_000 * MS);
        assertThat(backoff.ceilingNanos(10_000)).isEqualTo(30_000 * MS);
    }

    @Test
    void everyWaitLiesWithinZeroAndTheCeilingOverManyDraws() {
        Backoff backoff = new Backoff(RetryPolicy.DEFAULT, new Random(20260822L));
        int draws = 20_000;
        for (int retry = 0; retry <= 12; retry++) {
            long ceiling = Math.min(30_000 * MS, (100 * MS) << retry);
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            long sumMillis = 0;
            Set<Long> distinct = new HashSet<>();
            for (int i = 0; i < draws; i++) {
                long wait = backoff.waitNanos(retry);
                assertThat(wait).as("retry %d draw %d", retry, i).isBetween(0L, ceiling);
                min = Math.min(min, wait);
                max = Math.max(max, wait);
                sumMillis += wait / MS;
                distinct.add(wait);
            }
            // Full jitter: uniform over the whole window, so it reaches both ends and centres on half the ceiling.
            assertThat(min).as("retry %d smallest wait", retry).isLessThan(ceiling / 100);
            assertThat(max).as("retry %d largest wait", retry).isGreaterThan(ceiling - ceiling / 100);
            long meanMillis = sumMillis / draws;
            long halfMillis = ceiling / MS / 2;
            assertThat(meanMillis).as("retry %d mean", retry).isBetween(halfMillis * 95 / 100, halfMillis * 105 / 100);
            assertThat(distinct).as("retry %d distinct waits", retry).hasSizeGreaterThan(draws * 99 / 100);
            assertThat(tenthsHistogramIsFlat(backoff, retry, ceiling)).as("retry %d histogram", retry).isTrue();
        }
    }

    @Test
    void aSeededRandomGivesTheSameWaits() {
        Backoff first = new Backoff(RetryPolicy.DEFAULT, new Random(7));
        Backoff second = new Backoff(RetryPolicy.DEFAULT, new Random(7));
        for (int retry = 0; retry < 50; retry++) {
            assertThat(first.waitNanos(retry % 6)).isEqualTo(second.waitNanos(retry % 6));
        }
    }

    @Test
    void zeroFirstWaitNeverWaits() {
        Backoff backoff = new Backoff(RetryPolicy.of(Duration.ZERO, Duration.ZERO, 3), new Random(1));
        assertThat(backoff.waitNanos(0)).isZero();
        assertThat(backoff.waitNanos(5)).isZero();
    }

    @Test
    void policyRejectsNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(-1, 10, 3)).hasMessageContaining("firstWaitNanos");
        assertThatThrownBy(() -> new RetryPolicy(10, 5, 3)).hasMessageContaining("capNanos");
        assertThatThrownBy(() -> new RetryPolicy(1, 5, 0)).hasMessageContaining("maxAttempts");
        assertThat(RetryPolicy.DEFAULT).isEqualTo(new RetryPolicy(100 * MS, 30_000 * MS, 6));
    }

    /** Each tenth of the window holds 10% of 10,000 draws, give or take 1.5 points. */
    private static boolean tenthsHistogramIsFlat(Backoff backoff, int retry, long ceiling) {
        int[] buckets = new int[10];
        int draws = 10_000;
        for (int i = 0; i < draws; i++) {
            long wait = backoff.waitNanos(retry);
            buckets[(int) Math.min(9, wait / (ceiling / 10))]++;
        }
        for (int count : buckets) {
            if (count < 850 || count > 1150) {
                return false;
            }
        }
        return true;
    }
}
