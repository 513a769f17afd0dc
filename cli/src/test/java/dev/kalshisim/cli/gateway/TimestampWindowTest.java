package dev.kalshisim.cli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimestampWindowTest {

    private final TimestampWindow window = new TimestampWindow(Duration.ofSeconds(30), Duration.ofSeconds(1));

    @Test
    void aSignedRequestMustLeaveBeforeTheWindowLessTheMargin() {
        assertThat(window.deadlineNanos("1700000000000")).isEqualTo((1_700_000_000_000L + 29_000L) * 1_000_000L);
    }

    @Test
    void aMissingOrUnreadableTimestampIsLeftToTheExchange() {
        assertThat(window.deadlineNanos(null)).isEqualTo(Long.MAX_VALUE);
        assertThat(window.deadlineNanos("soon")).isEqualTo(Long.MAX_VALUE);
    }
}
