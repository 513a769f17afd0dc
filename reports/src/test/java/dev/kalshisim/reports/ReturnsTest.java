package dev.kalshisim.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnsTest {

    @Test
    void sharpeUsesThePopulationDeviation() {
        // mean 0.02, population std-dev 0.01 (sample std-dev would be 0.01 x sqrt(2)).
        assertThat(Returns.of(List.of(0.01, 0.03)).sharpe().getAsDouble()).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void sortinoDividesByTheDownsideDeviationOverAllReturns() {
        // mean 0.01; downside sqrt((0 + 0.0001) / 2).
        assertThat(Returns.of(List.of(0.03, -0.01)).sortino().getAsDouble())
                .isCloseTo(0.01 / Math.sqrt(0.0001 / 2), within(1e-12));
    }

    @Test
    void undefinedWithoutVariationOrLosses() {
        assertThat(Returns.of(List.of(0.01, 0.01)).sharpe()).isEmpty();
        assertThat(Returns.of(List.of(0.01, 0.02)).sortino()).isEmpty();
        assertThat(Returns.of(List.of()).sharpe()).isEmpty();
    }
}
