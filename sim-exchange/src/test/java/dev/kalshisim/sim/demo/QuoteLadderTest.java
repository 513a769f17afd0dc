package dev.kalshisim.sim.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.catalog.TickGrid;
import org.junit.jupiter.api.Test;

class QuoteLadderTest {

    @Test
    void laddersStepAwayFromTheCenterOnTheGrid() {
        QuoteLadder ladder = new QuoteLadder(new GridPrices(TickGrid.linearCent()), 3);

        QuoteLadder.Targets targets = ladder.around(5_030, 100, 100);

        assertThat(targets.bids()).containsExactly(Price.ofUnits(4_900), Price.ofUnits(4_800), Price.ofUnits(4_700));
        assertThat(targets.asks()).containsExactly(Price.ofUnits(5_200), Price.ofUnits(5_300), Price.ofUnits(5_400));
    }

    @Test
    void levelsNeverCollapseWhenSpacingIsBelowTheTick() {
        QuoteLadder ladder = new QuoteLadder(new GridPrices(TickGrid.linearCent()), 3);

        QuoteLadder.Targets targets = ladder.around(5_000, 1, 3);

        assertThat(targets.bids()).containsExactly(Price.ofUnits(4_900), Price.ofUnits(4_800), Price.ofUnits(4_700));
        assertThat(targets.asks()).containsExactly(Price.ofUnits(5_100), Price.ofUnits(5_200), Price.ofUnits(5_300));
    }

    @Test
    void sidesThinOutNearTheEdges() {
        QuoteLadder ladder = new QuoteLadder(new GridPrices(TickGrid.linearCent()), 3);

        QuoteLadder.Targets targets = ladder.around(250, 100, 100);

        assertThat(targets.bids()).containsExactly(Price.ofUnits(100));
        assertThat(targets.asks()).containsExactly(Price.ofUnits(400), Price.ofUnits(500), Price.ofUnits(600));
    }

    @Test
    void subCentGridsGiveSubCentQuotes() {
        QuoteLadder ladder = new QuoteLadder(new GridPrices(TickGrid.named("tapered_deci_cent")), 2);

        QuoteLadder.Targets targets = ladder.around(200, 8, 8);

        assertThat(targets.bids()).containsExactly(Price.ofUnits(190), Price.ofUnits(180));
        assertThat(targets.asks()).containsExactly(Price.ofUnits(210), Price.ofUnits(220));
    }
}
