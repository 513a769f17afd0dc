package dev.kalshisim.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the comparison table rounds its figures for display. */
class ComparisonTableTest {

    @Test
    void aValueThatRoundsToZeroLosesItsSign() {
        assertThat(ComparisonTable.rounded("%.2f%%", -0.004)).isEqualTo("0.00%");
        assertThat(ComparisonTable.rounded("%.3f", -0.0001)).isEqualTo("0.000");
        assertThat(ComparisonTable.rounded("%.2f%%", 0.0)).isEqualTo("0.00%");
    }

    @Test
    void aValueThatDoesNotRoundToZeroKeepsItsSign() {
        assertThat(ComparisonTable.rounded("%.2f%%", -0.006)).isEqualTo("-0.01%");
        assertThat(ComparisonTable.rounded("%.3f", -1.5)).isEqualTo("-1.500");
        assertThat(ComparisonTable.rounded("%.2f%%", -10.0)).isEqualTo("-10.00%");
    }
}
