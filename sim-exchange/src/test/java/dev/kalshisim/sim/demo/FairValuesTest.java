package dev.kalshisim.sim.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Price;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FairValuesTest {

    private static final List<Price> FED = List.of(Price.ofCents(3), Price.ofCents(27), Price.ofCents(62),
            Price.ofCents(6), Price.ofCents(2));

    @Test
    void exclusiveValuesKeepSummingToOneDollarThroughWalksAndJumps() {
        FairValues fairs = new FairValues(FED, true);
        SplittableRandom random = new SplittableRandom(17);
        for (int tick = 0; tick < 20_000; tick++) {
            if (tick % 200 == 0) {
                fairs.jump(random.nextInt(fairs.size()), random, 500, 1_500);
            } else {
                fairs.walk(random, 60);
            }
            long sum = 0;
            for (int i = 0; i < fairs.size(); i++) {
                assertThat(fairs.units(i)).isBetween(FairValues.MIN_UNITS, FairValues.MAX_UNITS);
                sum += fairs.units(i);
            }
            assertThat(sum).as("tick " + tick).isBetween(9_995L, 10_005L);
        }
    }

    @Test
    void aBinaryValueStaysInsideTheBandAndAwayFromItsEdgesOverLongRuns() {
        FairValues fairs = new FairValues(List.of(Price.ofCents(45)), false);
        SplittableRandom random = new SplittableRandom(4);
        long atEdge = 0;
        for (int tick = 0; tick < 100_000; tick++) {
            if (tick % 100 == 0) {
                fairs.jump(0, random, 500, 1_500);
            } else {
                fairs.walk(random, 60);
            }
            long value = fairs.units(0);
            assertThat(value).isBetween(FairValues.MIN_UNITS, FairValues.MAX_UNITS);
            if (value <= 500 || value >= 9_500) {
                atEdge++;
            }
        }
        // Jumps lean back toward the catalog value, so the market spends little time pinned at an edge.
        assertThat(atEdge).isLessThan(10_000);
    }

    @Test
    void aJumpMovesTheValueByAtLeastTheMinimum() {
        FairValues fairs = new FairValues(List.of(Price.ofCents(50)), false);
        fairs.jump(0, new SplittableRandom(1), 500, 1_500);
        assertThat(Math.abs(fairs.units(0) - 5_000)).isBetween(500L, 1_500L);
        FairValues longShot = new FairValues(List.of(Price.ofCents(5)), false);
        longShot.jump(0, new SplittableRandom(1), 500, 1_500);
        // At $0.05 a jump is scaled by 4p(1-p) = 0.19: cents, not dimes.
        assertThat(Math.abs(longShot.units(0) - 500)).isBetween(95L, 285L);
    }

    @Test
    void theSameSeedWalksTheSameWay() {
        FairValues a = new FairValues(FED, true);
        FairValues b = new FairValues(FED, true);
        SplittableRandom ra = new SplittableRandom(9);
        SplittableRandom rb = new SplittableRandom(9);
        for (int tick = 0; tick < 1_000; tick++) {
            a.walk(ra, 60);
            b.walk(rb, 60);
        }
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.units(i)).isEqualTo(b.units(i));
        }
    }
}
