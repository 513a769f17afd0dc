package dev.kalshisim.cli.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.limits.Tier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BacktestOptionsTest {

    /** 2026-03-18T18:00:00Z. */
    private static final long T = 1_773_856_800_000_000_000L;

    @Test
    void readsInstantsWithAZoneWithoutOneAndDates() {
        InstantOption option = new InstantOption();
        assertThat(option.convert("2026-03-18T18:00:00Z")).isEqualTo(T);
        assertThat(option.convert("2026-03-18T18:00:00.5Z")).isEqualTo(T + 500_000_000L);
        assertThat(option.convert("2026-03-18T19:00:00+01:00")).isEqualTo(T);
        assertThat(option.convert("2026-03-18T13:00:00-05:00")).isEqualTo(T);
        assertThat(option.convert("2026-03-18T18:00:00")).isEqualTo(T);
        assertThat(option.convert("2026-03-18T18:00")).isEqualTo(T);
        assertThat(option.convert("2026-03-18")).isEqualTo(T - 18 * 3_600_000_000_000L);
        assertThatThrownBy(() -> option.convert("yesterday")).isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessage("'yesterday' is not a time: use an ISO-8601 instant like 2026-03-18T18:00:00Z "
                        + "(a time without a zone is UTC)");
        assertThatThrownBy(() -> option.convert("2026-13-01T00:00:00Z"))
                .isInstanceOf(CommandLine.TypeConversionException.class);
    }

    @Test
    void readsLatenciesInTheOneDurationGrammarZeroIncluded() {
        LatencyOption option = new LatencyOption();
        assertThat(option.convert("25ms")).isEqualTo(25_000_000L);
        assertThat(option.convert("250us")).isEqualTo(250_000L);
        assertThat(option.convert("PT0.01S")).isEqualTo(10_000_000L);
        assertThat(option.convert("0ms")).isZero();
        assertThatThrownBy(() -> option.convert("fast")).isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessageContaining("fast");
    }

    @Test
    void readsPacingAndTheNamedModels() {
        assertThat(new PacingOption.Converter().convert("on").paced()).isTrue();
        assertThat(new PacingOption.Converter().convert("OFF").paced()).isFalse();
        assertThatThrownBy(() -> new PacingOption.Converter().convert("maybe"))
                .hasMessage("--pacing is on or off, got 'maybe'");

        assertThat(new ModelOption.Fill().convert("trades")).isEqualTo("trades");
        assertThatThrownBy(() -> new ModelOption.Fill().convert("l3"))
                .hasMessage("no fill model 'l3'; the fill models are l2, trades");
        assertThat(new ModelOption.Queue().convert("optimistic")).isEqualTo("optimistic");
        assertThatThrownBy(() -> new ModelOption.Queue().convert("fifo"))
                .hasMessage("no queue model 'fifo'; the queue models are conservative, probabilistic, optimistic");
        assertThat(new ModelOption.TierName().convert("premier")).isEqualTo(Tier.PREMIER);
        assertThatThrownBy(() -> new ModelOption.TierName().convert("gold"))
                .isInstanceOf(CommandLine.TypeConversionException.class).hasMessageContaining("gold");
    }
}
