package dev.kalshisim.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WriteBudgetTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void itStartsFullHoldsASecondsWorthAndRefillsContinuously() {
        WriteBudget budget = new WriteBudget(8, 0);

        assertThat(budget.tryTake(8, 0)).isTrue();
        assertThat(budget.tryTake(1, 0)).isFalse();
        // One create refills in 1/8 s.
        assertThat(budget.nanosUntil(1, 0)).isEqualTo(SECOND / 8);
        assertThat(budget.tryTake(1, SECOND / 8 - 1)).isFalse();
        assertThat(budget.tryTake(1, SECOND / 8)).isTrue();
        // Long idle never holds more than a second's worth.
        assertThat(budget.tryTake(9, 100 * SECOND)).isFalse();
        assertThat(budget.tryTake(8, 100 * SECOND)).isTrue();
    }

    @Test
    void aRateOfOneStillLetsBothSidesGoOutTogether() {
        WriteBudget budget = new WriteBudget(1, 0);

        assertThat(budget.tryTake(2, 0)).isTrue();
        assertThat(budget.nanosUntil(2, 0)).isEqualTo(2 * SECOND);
        assertThat(budget.nanosUntil(1, SECOND / 2)).isEqualTo(SECOND / 2);
    }

    @Test
    void aWaitIsRoundedUpSoWaitingItAlwaysSucceeds() {
        WriteBudget budget = new WriteBudget(3, 0);
        budget.tryTake(3, 0);

        long wait = budget.nanosUntil(1, 0); // 1/3 s is not a whole number of nanoseconds
        assertThat(wait).isEqualTo(333_333_334L);
        assertThat(budget.tryTake(1, wait)).isTrue();
    }
}
