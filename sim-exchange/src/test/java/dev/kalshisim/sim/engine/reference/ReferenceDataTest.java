package dev.kalshisim.sim.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reference store and the rules its records keep, without a server. */
class ReferenceDataTest {

    private static final Instant T = Instant.parse("2026-09-01T12:00:00Z");

    private static Milestone milestone(String id) {
        return new Milestone(id, "Sports", "basketball_game", T, null, List.of("EV-1"), id, null, null, null,
                Map.of("competition", "Pro Basketball (M)"), List.of(), T);
    }

    @Test
    void aSecondPutWithTheSameIdReplacesInPlace() {
        ReferenceData data = new ReferenceData();
        data.putMilestone(milestone("a"));
        data.putMilestone(milestone("b"));
        data.putMilestone(new Milestone("a", "Elections", "race", T, null, null, "A again", null, null, null, null, null, T));

        assertThat(data.milestones()).extracting(Milestone::id).containsExactly("a", "b");
        assertThat(data.milestone("a").orElseThrow().category()).isEqualTo("Elections");
    }

    @Test
    void liveDataNeedsItsMilestone() {
        ReferenceData data = new ReferenceData();
        assertThatThrownBy(() -> data.putLiveData(new LiveData("x", Map.of(), "none")))
                .hasMessageContaining("milestone none does not exist");
    }

    @Test
    void anIncentivesStatusFollowsTheClockUnlessPaidOut() {
        IncentiveProgram program = new IncentiveProgram("i", "m", "MKT", "volume", null, T, T.plusSeconds(60), 10, false,
                null, null, null);

        assertThat(program.statusAt(T.minusSeconds(1))).isEqualTo("upcoming");
        assertThat(program.statusAt(T)).isEqualTo("active");
        assertThat(program.statusAt(T.plusSeconds(60))).isEqualTo("closed");
        assertThat(new IncentiveProgram("i", "m", "MKT", "volume", null, T, T.plusSeconds(60), 10, true, null, null, null)
                .statusAt(T)).isEqualTo("paid_out");
        assertThatThrownBy(() -> new IncentiveProgram("i", "m", "MKT", "rebate", null, T, T, 1, false, null, null, null))
                .hasMessageContaining("incentive_type");
        assertThatThrownBy(() -> new IncentiveProgram("i", "m", "MKT", "volume", null, T, T.minusSeconds(1), 1, false,
                null, null, null)).hasMessageContaining("end_date");
    }

    @Test
    void weatherIsKeptPerMinuteExactAndReadInclusively() {
        ReferenceData data = new ReferenceData();
        data.putWeather("miami", List.of(new WeatherPoint(60_000, new BigDecimal("80.25"), null, 3),
                new WeatherPoint(120_000, new BigDecimal("80.50"), "degraded", null)));
        data.putWeather("miami", List.of(new WeatherPoint(60_000, new BigDecimal("81.00"), null, null)));

        assertThat(data.weather("miami", 60_000, 120_000)).extracting(WeatherPoint::v)
                .containsExactly(new BigDecimal("81.00"), new BigDecimal("80.50"));
        assertThat(data.weather("miami", 61_000, 119_000)).isEmpty();
        assertThat(data.hasCity("boston")).isFalse();
        assertThatThrownBy(() -> new WeatherPoint(60_000, new BigDecimal("80.125"), null, null))
                .hasMessageContaining("two decimals");
        assertThatThrownBy(() -> new WeatherPoint(61_000, BigDecimal.ONE, null, null)).hasMessageContaining("minute");
    }

    @Test
    void aStructuredTargetMatchesACompetitionInItsDetailsOrLeagues() {
        StructuredTarget player = new StructuredTarget("t", "n", "basketball_player", Map.of("conference", "West"), null,
                null, T);
        StructuredTarget team = new StructuredTarget("u", "n", "soccer_team", Map.of("leagues", List.of("EPL", "UCL")),
                null, null, T);

        assertThat(player.inCompetition("West")).isTrue();
        assertThat(player.inCompetition("East")).isFalse();
        assertThat(team.inCompetition("UCL")).isTrue();
    }

    @Test
    void clearForgetsEverything() {
        ReferenceData data = new ReferenceData();
        data.putMilestone(milestone("a"));
        data.markFcm("fcm", Set.of("sub"));
        data.addAnnouncement(new Announcement("info", "m", T, "active"));
        data.addDeposit("fcm", new Funding("d", "applied", "ach", 100, 0, 1, 1L));
        data.clear();

        assertThat(data.milestones()).isEmpty();
        assertThat(data.isFcm("fcm")).isFalse();
        assertThat(data.announcements()).isEmpty();
        assertThat(data.deposits("fcm")).isEmpty();
    }
}
