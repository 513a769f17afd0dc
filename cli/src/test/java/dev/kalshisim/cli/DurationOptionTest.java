package dev.kalshisim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DurationOptionTest {

    @Test
    void durationsTakeAUnitOrIsoForm() {
        assertThat(DurationOption.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationOption.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationOption.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(DurationOption.parse("PT1H")).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> DurationOption.parse("5 minutes")).hasMessageContaining("30s, 500ms");
        assertThatThrownBy(() -> DurationOption.parse("0s")).hasMessageContaining("positive");
    }

    @Test
    void durationsReadAsSecondsMinutesHoursOrDays() {
        assertThat(DurationOption.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationOption.parse("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(DurationOption.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(DurationOption.parse("1d")).isEqualTo(Duration.ofDays(1));
        assertThatThrownBy(() -> DurationOption.parse("0m")).isInstanceOf(CommandLine.TypeConversionException.class);
        assertThatThrownBy(() -> DurationOption.parse("m")).isInstanceOf(CommandLine.TypeConversionException.class);
    }
}
