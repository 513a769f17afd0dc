package dev.kalshisim.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlackoutScheduleTest {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void aReleaseBlocksTheLeadBeforeItAndNotTheReleaseItself() {
        Instant release = Instant.parse("2026-12-10T13:30:00Z");
        BlackoutSchedule schedule = BlackoutSchedule.beforeReleases(List.of(release), FIVE_MINUTES);

        assertThat(schedule.isBlackedOut(nanos("2026-12-10T13:24:59.999999999Z"))).isFalse();
        assertThat(schedule.isBlackedOut(nanos("2026-12-10T13:25:00Z"))).isTrue();
        assertThat(schedule.isBlackedOut(nanos("2026-12-10T13:29:59.999999999Z"))).isTrue();
        assertThat(schedule.isBlackedOut(nanos("2026-12-10T13:30:00Z"))).isFalse();
    }

    @Test
    void aDailyReleaseFollowsItsZoneAcrossDaylightSaving() {
        BlackoutSchedule schedule = BlackoutSchedule.dailyBefore(List.of(LocalTime.of(8, 30)),
                ZoneId.of("America/New_York"), FIVE_MINUTES);

        // 08:30 in New York is 13:30 UTC in winter and 12:30 UTC in summer.
        assertThat(schedule.isBlackedOut(nanos("2026-01-15T13:27:00Z"))).isTrue();
        assertThat(schedule.isBlackedOut(nanos("2026-01-15T12:27:00Z"))).isFalse();
        assertThat(schedule.isBlackedOut(nanos("2026-07-15T12:27:00Z"))).isTrue();
        assertThat(schedule.isBlackedOut(nanos("2026-07-15T13:27:00Z"))).isFalse();
    }

    @Test
    void aDailyWindowMayStartTheDayBefore() {
        BlackoutSchedule schedule = BlackoutSchedule.dailyBefore(List.of(LocalTime.of(0, 2)), ZoneId.of("UTC"),
                FIVE_MINUTES);

        assertThat(schedule.isBlackedOut(nanos("2026-05-01T23:58:00Z"))).isTrue();
        assertThat(schedule.isBlackedOut(nanos("2026-05-02T00:01:00Z"))).isTrue();
        assertThat(schedule.isBlackedOut(nanos("2026-05-02T00:02:00Z"))).isFalse();
    }

    @Test
    void parseReadsInstantsAndDailyTimes() {
        BlackoutSchedule schedule = BlackoutSchedule.parse(List.of("2026-12-10T15:00:00Z", "08:30"), FIVE_MINUTES,
                ZoneId.of("UTC"));

        assertThat(schedule.isBlackedOut(nanos("2026-12-10T14:56:00Z"))).isTrue();
        assertThat(schedule.isBlackedOut(nanos("2026-12-11T08:26:00Z"))).isTrue();
        assertThat(schedule.isBlackedOut(nanos("2026-12-11T09:00:00Z"))).isFalse();
        assertThat(BlackoutSchedule.none().isEmpty()).isTrue();
    }

    @Test
    void badInputIsRefusedWithTheRule() {
        assertThatThrownBy(() -> BlackoutSchedule.parse(List.of("tomorrow"), FIVE_MINUTES, ZoneId.of("UTC")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"tomorrow\"");
        assertThatThrownBy(() -> BlackoutSchedule.beforeReleases(List.of(Instant.EPOCH), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lead must be positive");
        assertThatThrownBy(() -> new BlackoutSchedule.Window(5, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long nanos(String instant) {
        Instant at = Instant.parse(instant);
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }
}
