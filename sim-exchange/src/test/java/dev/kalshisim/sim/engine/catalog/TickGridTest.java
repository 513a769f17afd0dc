package dev.kalshisim.sim.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.PriceRange;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TickGridTest {

    @ParameterizedTest(name = "{0} accepts {1}: {2}")
    @CsvSource({
        "linear_cent, 0.01, true",
        "linear_cent, 0.99, true",
        "linear_cent, 0.555, false",
        "linear_cent, 0.00, false",
        "linear_cent, 1.00, false",
        "deci_cent, 0.555, true",
        "deci_cent, 0.5555, false",
        "deci_cent, 0.001, true",
        "tapered_deci_cent, 0.055, true",
        "tapered_deci_cent, 0.555, false",
        "tapered_deci_cent, 0.55, true",
        "tapered_deci_cent, 0.955, true",
        "tapered_deci_cent, 0.10, true",
        "center_half_edge_deci_cent, 0.555, true",
        "center_half_edge_deci_cent, 0.556, false",
        "center_half_edge_deci_cent, 0.056, true",
        "center_deci_edge_centi_cent, 0.0055, true",
        "center_deci_edge_centi_cent, 0.0155, false",
        "center_deci_edge_centi_cent, 0.015, true",
    })
    void namedStructuresAcceptOnlyTheirTicks(String structure, String price, boolean accepted) {
        assertThat(TickGrid.named(structure).accepts(Price.parseLenient(price))).isEqualTo(accepted);
    }

    @Test
    void explicitRangesAreAuthoritative() {
        TickGrid grid = TickGrid.custom(List.of(
                new PriceRange(Price.parse("0.20"), Price.parse("0.30"), Price.parse("0.05"))));
        assertThat(grid.accepts(Price.parse("0.25"))).isTrue();
        assertThat(grid.accepts(Price.parse("0.26"))).isFalse();
        assertThat(grid.accepts(Price.parse("0.35"))).isFalse();
    }

    @Test
    void unknownStructureIsAProgrammerError() {
        assertThatThrownBy(() -> TickGrid.named("center_odd_edge_cent")).isInstanceOf(IllegalArgumentException.class);
    }
}
