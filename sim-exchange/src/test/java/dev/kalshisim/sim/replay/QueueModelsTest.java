package dev.kalshisim.sim.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QueueModelsTest {

    @Test
    void theCommandLineNamesGiveTheirModels() {
        assertThat(QueueModels.of("conservative").name()).isEqualTo("conservative");
        assertThat(QueueModels.of("probabilistic").name()).isEqualTo("probabilistic");
        assertThat(QueueModels.of("optimistic").name()).isEqualTo("optimistic");
        assertThat(QueueModels.power(3).name()).isEqualTo("probabilistic-power3");
        assertThat(QueueModels.log().name()).isEqualTo("probabilistic-log");
    }

    @Test
    void anUnknownNameListsTheChoices() {
        assertThatThrownBy(() -> QueueModels.of("x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown queue model 'x' (choose conservative, probabilistic or optimistic)");
        assertThatThrownBy(() -> QueueModels.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueueModels.power(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBoundsAreAllBehindAndAllAhead() {
        SplittableRandom random = new SplittableRandom(1);
        assertThat(QueueModels.conservative().aheadShare(500, 1000, 1000, random)).isZero();
        assertThat(QueueModels.optimistic().aheadShare(500, 1000, 1000, random)).isEqualTo(500);
        assertThat(QueueModels.optimistic().aheadShare(500, 200, 1000, random)).isEqualTo(200);
    }

    @Test
    void theProbabilityFollowsHftbacktestsFormulas() {
        ProbabilisticQueueModel power2 = ProbabilisticQueueModel.power(2);
        assertThat(power2.probabilityAhead(100, 100)).isEqualTo(0.5);
        assertThat(power2.probabilityAhead(300, 100)).isCloseTo(0.9, within(1e-12));
        assertThat(power2.probabilityAhead(0, 100)).isZero();
        assertThat(power2.probabilityAhead(100, 0)).isEqualTo(1.0);
        assertThat(ProbabilisticQueueModel.power(1).probabilityAhead(300, 100)).isCloseTo(0.75, within(1e-12));
        // log(1 + x), x in contracts: log 4 / (log 4 + log 2) = 2/3.
        assertThat(ProbabilisticQueueModel.log().probabilityAhead(300, 100)).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void eachCancelGoesWhollyOneWayAndAveragesToTheExpectedShare() {
        QueueModel model = QueueModels.probabilistic();
        SplittableRandom random = new SplittableRandom(42);
        long total = 0;
        int draws = 20_000;
        for (int i = 0; i < draws; i++) {
            long share = model.aheadShare(100, 300, 100, random);
            assertThat(share).isIn(0L, 100L);
            total += share;
        }
        assertThat((double) total / draws).isCloseTo(0.9 * 100, within(2.0));
    }

    @Test
    void whatBehindCannotHoldCameFromAhead() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 100; i++) {
            // 500 canceled, only 200 behind: at least 300 was ahead, at most all 400 ahead.
            assertThat(QueueModels.probabilistic().aheadShare(500, 400, 200, random)).isIn(300L, 400L);
            assertThat(QueueModels.log().aheadShare(500, 400, 0, random)).isEqualTo(400);
        }
        assertThat(QueueModels.probabilistic().aheadShare(500, 0, 1000, random)).isZero();
    }

    @Test
    void theSameSeedGivesTheSameDraws() {
        SplittableRandom a = new SplittableRandom(9);
        SplittableRandom b = new SplittableRandom(9);
        for (int i = 0; i < 100; i++) {
            assertThat(QueueModels.probabilistic().aheadShare(100, 500, 500, a))
                    .isEqualTo(QueueModels.probabilistic().aheadShare(100, 500, 500, b));
        }
    }
}
