package dev.kalshisim.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void aWholeNumberAndAUnitFromNanosecondsToDays() {
        assertThat(DurationText.parse("7ns")).isEqualTo(Duration.ofNanos(7));
        assertThat(DurationText.parse("3us")).isEqualTo(Duration.ofNanos(3_000));
        assertThat(DurationText.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(DurationText.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationText.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(DurationText.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(DurationText.parse("1d")).isEqualTo(Duration.ofDays(1));
        assertThat(DurationText.parse(" 15M ")).isEqualTo(Duration.ofMinutes(15));
        assertThat(DurationText.parse("0s")).isZero();
    }

    @Test
    void isoEightySixOhOneToo() {
        assertThat(DurationText.parse("PT30S")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationText.parse("PT1H30M")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationText.parse("pt0.25s")).isEqualTo(Duration.ofMillis(250));
        assertThat(DurationText.parseNanos("PT2S")).isEqualTo(2_000_000_000L);
    }

    @Test
    void anythingElseNamesTheForms() {
        for (String bad : new String[] {"", "m", "30", "5 minutes", "1w", "-5s", "PT", "99999999999999999999s"}) {
            assertThatThrownBy(() -> DurationText.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("30s, 500ms");
        }
        assertThatThrownBy(() -> DurationText.parse(null)).hasMessageContaining("30s, 500ms");
        assertThatThrownBy(() -> DurationText.parse("PT-5S")).hasMessageContaining("negative");
        // Longer than a long of nanoseconds (about 292 years) cannot drive a clock.
        assertThatThrownBy(() -> DurationText.parse("200000d")).hasMessageContaining("30s, 500ms");
    }
}
