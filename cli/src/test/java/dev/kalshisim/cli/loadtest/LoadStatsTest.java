package dev.kalshisim.cli.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LoadStatsTest {

    @Test
    void anOrderCreatedTwiceWithOneClientOrderIdIsADuplicate() {
        LoadStats stats = new LoadStats();

        stats.created("a");
        stats.created("b");
        assertThat(stats.duplicates()).isZero();
        stats.created("a");

        assertThat(stats.duplicates()).isEqualTo(1);
    }

    @Test
    void theEarliestRanDryWinsWhateverTheOrderOfTheCalls() {
        LoadStats stats = new LoadStats();

        stats.ranDry(500, Mix.Kind.READ);
        stats.ranDry(300, Mix.Kind.CANCEL);
        stats.ranDry(400, Mix.Kind.WRITE);

        assertThat(stats.firstRanDryNanos()).isEqualTo(300);
        assertThat(stats.firstRanDryKind()).isEqualTo(Mix.Kind.CANCEL);
    }

    @Test
    void intervalLatenciesAddUpToTheRunsTotal() {
        LoadStats stats = new LoadStats();
        stats.latency(2_000_000);
        assertThat(LoadStats.millis(stats.intervalLatency(), 50)).isCloseTo(2.0, within(0.01));
        stats.latency(4_000_000);
        assertThat(LoadStats.millis(stats.intervalLatency(), 50)).isCloseTo(4.0, within(0.01));

        assertThat(stats.latencyMillis(100)).isCloseTo(4.0, within(0.01));
        assertThat(stats.latencyMillis(50)).isCloseTo(2.0, within(0.01));
    }
}
