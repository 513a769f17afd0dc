package dev.kalshisim.sim.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Price;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The demo's threshold markets read one factor, so they move together and never cross. */
class ThresholdLadderTest {

    @Test
    void aLadderStaysMonotoneAndMovesAsOneThroughWalksAndJumps() {
        FairValues ladder = new FairValues(List.of(Price.ofCents(65), Price.ofCents(20)), false);
        SplittableRandom random = new SplittableRandom(11);
        int together = 0;
        int moves = 0;
        for (int tick = 0; tick < 20_000; tick++) {
            long lowBefore = ladder.units(0);
            long highBefore = ladder.units(1);
            if (tick % 150 == 0) {
                ladder.jump(random.nextInt(2), random, 500, 1_500);
            } else {
                ladder.walk(random, 60);
            }
            // "above 4.00%" is never below "above 4.25%".
            assertThat(ladder.units(0)).as("tick " + tick).isGreaterThanOrEqualTo(ladder.units(1));
            long a = Long.signum(ladder.units(0) - lowBefore);
            long b = Long.signum(ladder.units(1) - highBefore);
            if (a != 0 && b != 0) {
                moves++;
                if (a == b) {
                    together++;
                }
            }
        }
        assertThat(moves).isPositive();
        assertThat(together).isEqualTo(moves);
    }

    @Test
    void aJumpOnOneThresholdMovesTheOtherTheSameWay() {
        FairValues ladder = new FairValues(List.of(Price.ofCents(65), Price.ofCents(20)), false);
        long before = ladder.units(1);
        long lowBefore = ladder.units(0);
        ladder.jump(1, new SplittableRandom(2), 500, 1_500);
        assertThat(Long.signum(ladder.units(0) - lowBefore)).isEqualTo(Long.signum(ladder.units(1) - before));
    }
}
