package dev.kalshisim.cli.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.limits.TierTable;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    private static final long THIRTY_SECONDS = 30_000_000_000L;

    @Test
    void aFedRunCompressesTwentyFiveMinutesAroundTheRelease() {
        Timeline timeline = Timeline.of(Scenario.FED_ANNOUNCEMENT, THIRTY_SECONDS);

        assertThat(timeline.label(0)).isEqualTo("T-20:00");
        assertThat(timeline.label(THIRTY_SECONDS)).isEqualTo("T+5:00");
        assertThat(timeline.label(timeline.elapsedAt(0))).isEqualTo("T+0:00");
        assertThat(timeline.elapsedAt(0)).isEqualTo(24_000_000_000L);
        assertThat(timeline.speed()).isCloseTo(50.0, within(1e-9));
        // 2:15 pm before a 2:30 pm decision.
        assertThat(timeline.label(-15 * 60.0)).isEqualTo("T-15:00");
        assertThat(timeline.label(-872.4)).isEqualTo("T-14:32");
    }

    @Test
    void aSteadyRunsClockIsItsElapsedTime() {
        Timeline timeline = Timeline.of(Scenario.STEADY, THIRTY_SECONDS);

        assertThat(timeline.relative()).isFalse();
        assertThat(timeline.at(12_300_000_000L)).isCloseTo(12.3, within(1e-9));
        assertThat(timeline.label(12_300_000_000L)).isEqualTo("12.3 s");
    }

    @Test
    void theFedRateClimbsFromATenthToThePeakAtTheReleaseThenEasesOff() {
        RateProfile fed = new RateProfile(Scenario.FED_ANNOUNCEMENT);

        assertThat(fed.share(-20 * 60)).isCloseTo(0.1, within(1e-9));
        assertThat(fed.share(-10 * 60)).isCloseTo(Math.sqrt(0.1), within(1e-9));
        assertThat(fed.share(0)).isCloseTo(1.0, within(1e-9));
        assertThat(fed.share(60)).isEqualTo(1.0);
        assertThat(fed.share(5 * 60)).isCloseTo(0.3, within(1e-9));
        for (double s = -1200; s < 0; s += 10) {
            assertThat(fed.share(s + 10)).isGreaterThan(fed.share(s));
        }
        // At five times the budget, the load first asks for more than the budget at about T-14.
        double over = fed.firstReaches(0.2);
        assertThat(fed.share(over)).isCloseTo(0.2, within(1e-9));
        assertThat(Timeline.of(Scenario.FED_ANNOUNCEMENT, THIRTY_SECONDS).label(over)).isEqualTo("T-13:59");
        assertThat(fed.firstReaches(2)).isNaN();
        assertThat(new RateProfile(Scenario.STEADY).share(123)).isEqualTo(1.0);
    }

    @Test
    void aScenarioIsNamedAsOnTheCommandLine() {
        assertThat(Scenario.parse("fed-announcement")).isEqualTo(Scenario.FED_ANNOUNCEMENT);
        assertThatThrownBy(() -> Scenario.parse("panic"))
                .hasMessage("unknown --scenario 'panic'; expected one of steady, fed-announcement");
    }

    @Test
    void theSustainableRateIsTheBusierBucketsRefillOverItsTokensPerRequest() {
        Endpoints endpoints = Endpoints.of(EndpointCosts.defaults(), "T");
        var basic = TierTable.defaults().limits(Tier.BASIC);

        // Creates cost 10 write tokens; basic refills 100 a second.
        assertThat(endpoints.sustainableRate(Mix.parse("writes=1"), basic)).isCloseTo(10.0, within(1e-9));
        // Reads cost 10 read tokens; basic refills 200 a second.
        assertThat(endpoints.sustainableRate(Mix.parse("reads=1"), basic)).isCloseTo(20.0, within(1e-9));
        // 2 reads, 2 creates, 1 cancel (2 tokens): 4.4 write tokens a request, the busier bucket.
        assertThat(endpoints.sustainableRate(Mix.parse("reads=2,writes=2,cancels=1"), basic))
                .isCloseTo(100 / 4.4, within(1e-9));
    }

    @Test
    void theEstimatedServerLevelRefillsToCapacityAndNeverGoesBelowZero() {
        LevelEstimate level = new LevelEstimate(TierTable.defaults().limits(Tier.BASIC).write());

        assertThat(level.advance(0.25, 60)).isEqualTo(40.0);
        assertThat(level.advance(0.25, 100)).isZero();
        assertThat(level.advance(0.5, 0)).isEqualTo(50.0);
        assertThat(level.advance(10, 0)).isEqualTo(100.0);
    }
}
