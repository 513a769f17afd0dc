package dev.kalshisim.cli.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LoadtestPartsTest {

    @Test
    void aMixNamesItsWeightsAndRejectsUnknownKinds() {
        assertThat(Mix.parse("reads=3, writes=1")).isEqualTo(new Mix(3, 1, 0, 0));
        assertThatThrownBy(() -> Mix.parse("writes=1,fills=2")).hasMessageContaining("unknown --mix kind 'fills'");
        assertThatThrownBy(() -> Mix.parse("writes=0")).hasMessageContaining("at least one positive");
    }

    @Test
    void aMixDrawsOnlyWeightedKinds() {
        Mix mix = Mix.parse("writes=1,cancels=1");
        Random random = new Random(7);
        for (int i = 0; i < 1_000; i++) {
            assertThat(mix.draw(random)).isIn(Mix.Kind.WRITE, Mix.Kind.CANCEL);
        }
    }

    @Test
    void backoffIsFullJitterUnderADoublingCeilingWithRetryAfterAsAFloor() {
        PolicySender sender = new PolicySender(Policy.BACKOFF, null, new LoadStats(), new Random(3), Long.MAX_VALUE, null, null, 64);
        for (int attempt = 1; attempt <= 10; attempt++) {
            long ceiling = Math.min(PolicySender.CAP_WAIT_NANOS, PolicySender.FIRST_WAIT_NANOS << (attempt - 1));
            assertThat(sender.backoffNanos(attempt, OptionalLong.empty())).isBetween(0L, ceiling);
        }
        assertThat(sender.backoffNanos(1, OptionalLong.of(2_000_000_000L))).isEqualTo(2_000_000_000L);
    }
}
