package dev.kalshisim.sim.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.sim.engine.catalog.TickGrid;
import org.junit.jupiter.api.Test;

class GridPricesTest {

    private final GridPrices cents = new GridPrices(TickGrid.linearCent());
    private final GridPrices deci = new GridPrices(TickGrid.named("deci_cent"));
    private final GridPrices tapered = new GridPrices(TickGrid.named("tapered_deci_cent"));

    @Test
    void snapsToWholeCentsOnLinearCent() {
        assertThat(cents.atOrBelow(4_250)).isEqualTo(4_200);
        assertThat(cents.atOrAbove(4_250)).isEqualTo(4_300);
        assertThat(cents.atOrBelow(4_200)).isEqualTo(4_200);
        assertThat(cents.atOrAbove(4_200)).isEqualTo(4_200);
    }

    @Test
    void snapsToTenthsOfACentOnDeciCent() {
        assertThat(deci.atOrBelow(4_257)).isEqualTo(4_250);
        assertThat(deci.atOrAbove(4_251)).isEqualTo(4_260);
    }

    @Test
    void taperedGridIsFineAtTheEdgesAndCoarseInTheMiddle() {
        assertThat(tapered.atOrBelow(195)).isEqualTo(190);
        assertThat(tapered.atOrAbove(191)).isEqualTo(200);
        assertThat(tapered.atOrBelow(1_050)).isEqualTo(1_000);
        assertThat(tapered.atOrAbove(1_001)).isEqualTo(1_100);
        assertThat(tapered.atOrAbove(8_999)).isEqualTo(9_000);
        assertThat(tapered.atOrBelow(9_999)).isEqualTo(9_990);
    }

    @Test
    void neverReturnsZeroOrOneDollar() {
        assertThat(cents.atOrBelow(99)).isEqualTo(GridPrices.NONE);
        assertThat(cents.atOrBelow(-5)).isEqualTo(GridPrices.NONE);
        assertThat(cents.atOrAbove(9_901)).isEqualTo(GridPrices.NONE);
        assertThat(cents.atOrAbove(12_000)).isEqualTo(GridPrices.NONE);
        assertThat(cents.atOrBelow(10_000)).isEqualTo(9_900);
        assertThat(cents.atOrAbove(0)).isEqualTo(100);
        assertThat(deci.atOrAbove(0)).isEqualTo(10);
    }
}
