package dev.kalshisim.kalshi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.kalshi.stream.StreamConfig;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one backoff, as the retrier (from its policy) and the WebSocket reconnect (its default) use it. */
class BackoffTest {

    private static final long MS = 1_000_000L;

    private final Backoff retries = RetryPolicy.DEFAULT.backoff();
    private final Backoff reconnects = Backoff.DEFAULT;

    @Test
    void ceilingsDoubleFromTheFirstWaitUpToTheCap() {
        assertThat(retries.ceilingNanos(0)).isEqualTo(100 * MS);
        assertThat(retries.ceilingNanos(1)).isEqualTo(200 * MS);
        assertThat(retries.ceilingNanos(4)).isEqualTo(1_600 * MS);
        assertThat(retries.ceilingNanos(8)).isEqualTo(25_600 * MS);
        assertThat(retries.ceilingNanos(9)).isEqualTo(30_000 * MS);
        assertThat(retries.ceilingNanos(62)).isEqualTo(30_000 * MS);
        assertThat(retries.ceilingNanos(10_000)).isEqualTo(30_000 * MS);

        assertThat(reconnects.ceilingNanos(0)).isEqualTo(100_000_000L);
        assertThat(reconnects.ceilingNanos(1)).isEqualTo(200_000_000L);
        assertThat(reconnects.ceilingNanos(8)).isEqualTo(25_600_000_000L);
        assertThat(reconnects.ceilingNanos(9)).isEqualTo(30_000_000_000L);
        assertThat(reconnects.ceilingNanos(63)).isEqualTo(30_000_000_000L);
        assertThat(reconnects.ceilingNanos(Integer.MAX_VALUE)).isEqualTo(30_000_000_000L);
    }

    @Test
    void theRetryPolicyAndTheReconnectDefaultAreTheSameBackoff() {
        assertThat(retries).isEqualTo(reconnects);
        assertThat(StreamConfig.of(URI.create("ws://localhost:1/trade-api/ws/v2"), null).backoff()).isEqualTo(Backoff.DEFAULT);
    }

    @Test
    void everyWaitLiesWithinZeroAndTheCeilingOverManyDraws() {
        Random random = new Random(20260822L);
        int draws = 20_000;
        for (int retry = 0; retry <= 12; retry++) {
            long ceiling = Math.min(30_000 * MS, (100 * MS) << retry);
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            long sumMillis = 0;
            Set<Long> distinct = new HashSet<>();
            for (int i = 0; i < draws; i++) {
                long wait = retries.waitNanos(retry, random);
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
            assertThat(tenthsHistogramIsFlat(random, retry, ceiling)).as("retry %d histogram", retry).isTrue();
        }
    }

    @Test
    void everyReconnectDrawStaysInsideItsWindowAndCoversIt() {
        Random random = new Random(99);
        for (int attempt = 0; attempt < 12; attempt++) {
            long ceiling = reconnects.ceilingNanos(attempt);
            long lowest = Long.MAX_VALUE;
            long highest = Long.MIN_VALUE;
            for (int draw = 0; draw < 10_000; draw++) {
                long delay = reconnects.waitNanos(attempt, random);
                assertThat(delay).isBetween(0L, ceiling);
                lowest = Math.min(lowest, delay);
                highest = Math.max(highest, delay);
            }
            // Full jitter: the draws spread over the whole window, not around its top.
            assertThat(lowest).isLessThan(ceiling / 100);
            assertThat(highest).isGreaterThan(ceiling - ceiling / 100);
        }
    }

    @Test
    void aSeededRandomGivesTheSameWaits() {
        Random first = new Random(7);
        Random second = new Random(7);
        for (int retry = 0; retry < 50; retry++) {
            assertThat(retries.waitNanos(retry % 6, first)).isEqualTo(retries.waitNanos(retry % 6, second));
        }
        Random third = new Random(5);
        Random fourth = new Random(5);
        for (int attempt = 0; attempt < 20; attempt++) {
            assertThat(reconnects.waitNanos(attempt, third)).isEqualTo(reconnects.waitNanos(attempt, fourth));
        }
    }

    @Test
    void zeroFirstWaitNeverWaits() {
        Backoff backoff = RetryPolicy.of(Duration.ZERO, Duration.ZERO, 3).backoff();
        Random random = new Random(1);
        assertThat(backoff.waitNanos(0, random)).isZero();
        assertThat(backoff.waitNanos(5, random)).isZero();
    }

    @Test
    void aCapNearTheLimitOfLongDoesNotOverflow() {
        Backoff huge = new Backoff(1, Long.MAX_VALUE);

        assertThat(huge.ceilingNanos(62)).isEqualTo(1L << 62);
        assertThat(huge.ceilingNanos(63)).isEqualTo(Long.MAX_VALUE);
        assertThat(huge.waitNanos(63, new Random(1))).isNotNegative();
    }

    @Test
    void policyRejectsNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(-1, 10, 3)).hasMessageContaining("firstWaitNanos");
        assertThatThrownBy(() -> new RetryPolicy(10, 5, 3)).hasMessageContaining("capNanos");
        assertThatThrownBy(() -> new RetryPolicy(1, 5, 0)).hasMessageContaining("maxAttempts");
        assertThat(RetryPolicy.DEFAULT).isEqualTo(new RetryPolicy(100 * MS, 30_000 * MS, 6));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        // A reconnect must wait at least something: a zero first wait would spin against a dead server.
        StreamConfig config = StreamConfig.of(URI.create("ws://localhost:1/trade-api/ws/v2"), null);
        assertThatThrownBy(() -> config.withBackoff(new Backoff(0, 10), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(10, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(-1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reconnects.ceilingNanos(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Each tenth of the window holds 10% of 10,000 draws, give or take 1.5 points. */
    private static boolean tenthsHistogramIsFlat(Random random, int retry, long ceiling) {
        int[] buckets = new int[10];
        int draws = 10_000;
        Backoff backoff = RetryPolicy.DEFAULT.backoff();
        for (int i = 0; i < draws; i++) {
            long wait = backoff.waitNanos(retry, random);
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
