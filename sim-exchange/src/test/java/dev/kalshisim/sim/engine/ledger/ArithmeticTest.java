package dev.kalshisim.sim.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The exact product-and-floor a partial close of a large position relies on (see EngineLimitsTest). */
class ArithmeticTest {

    @Test
    void mulDivFloorIsExactPastALong() {
        assertThat(Arithmetic.mulDivFloor(10_000_000_000_000L, 100_000_000L, 200_000_000L))
                .isEqualTo(5_000_000_000_000L);
        assertThat(Arithmetic.mulDivFloor(-7, 3, 2)).isEqualTo(-11);
        assertThat(Arithmetic.mulDivFloor(Long.MAX_VALUE, 3, 4)).isEqualTo(6_917_529_027_641_081_855L);
        assertThatThrownBy(() -> Arithmetic.mulDivFloor(Long.MAX_VALUE, 3, 1)).isInstanceOf(ArithmeticException.class);
    }
}
