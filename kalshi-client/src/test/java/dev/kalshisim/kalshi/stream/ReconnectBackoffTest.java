package dev.kalshisim.kalshi.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {

    private final ReconnectBackoff backoff = ReconnectBackoff.DEFAULT;

    @Test
    void ceilingsDoubleFromTheFirstWaitUpToTheCap() {
        assertThat(backoff.ceilingNanos(0)).isEqualTo(100_000_000L);
        assertThat(backoff.ceilingNanos(1)).isEqualTo(200_000_000L);
        assertThat(backoff.ceilingNanos(8)).isEqualTo(25_600_000_000L);
        assertThat(backoff.ceilingNanos(9)).isEqualTo(30_000_000_000L);
        assertThat(backoff.ceilingNanos(63)).isEqualTo(30_000_000_000L);
        assertThat(backoff.ceilingNanos(Integer.MAX_VALUE)).isEqualTo(30_000_000_000L);
    }

    @Test
    void everyDrawStaysInsideItsWindowAndCoversIt() {
        Random random = new Random(99);
        for (int attempt = 0; attempt < 12; attempt++) {
            long ceiling = backoff.ceilingNanos(attempt);
            long lowest = Long.MAX_VALUE;
            long highest = Long.MIN_VALUE;
            for (int draw = 0; draw < 10_000; draw++) {
                long delay = backoff.delayNanos(attempt, random);
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
    void aSeededSourceGivesTheSameDelays() {
        Random first = new Random(5);
        Random second = new Random(5);
        for (int attempt = 0; attempt < 20; attempt++) {
            assertThat(backoff.delayNanos(attempt, first)).isEqualTo(backoff.delayNanos(attempt, second));
        }
    }

    @Test
    void aCapNearTheLimitOfLongDoesNotOverflow() {
        ReconnectBackoff huge = new ReconnectBackoff(1, Long.MAX_VALUE);

        assertThat(huge.ceilingNanos(62)).isEqualTo(1L << 62);
        assertThat(huge.ceilingNanos(63)).isEqualTo(Long.MAX_VALUE);
        assertThat(huge.delayNanos(63, new Random(1))).isNotNegative();
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new ReconnectBackoff(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReconnectBackoff(10, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backoff.ceilingNanos(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
