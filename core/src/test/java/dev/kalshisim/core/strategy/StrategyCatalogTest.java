package dev.kalshisim.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyCatalogTest {

    private static final class Idle implements Strategy {
        final StrategyParameters parameters;

        Idle(StrategyParameters parameters) {
            this.parameters = parameters;
        }

        @Override
        public void onStart(StrategyContext context) {
        }
    }

    private static StrategyDescriptor descriptor(String name) {
        return new StrategyDescriptor(name, "does nothing",
                List.of(new ParameterDoc("size", "1", "contracts")), Idle::new);
    }

    @Test
    void findsStrategiesByNameSorted() {
        StrategyCatalog catalog = StrategyCatalog.of(List.of(descriptor("zeta"), descriptor("alpha-2")));

        assertThat(catalog.descriptors().keySet()).containsExactly("alpha-2", "zeta");
        assertThat(catalog.find("zeta")).isPresent();
        assertThat(catalog.find("nope")).isEmpty();
    }

    @Test
    void createPassesParametersToTheFactory() {
        StrategyCatalog catalog = StrategyCatalog.of(List.of(descriptor("idle")));

        Strategy strategy = catalog.create("idle", StrategyParameters.of(Map.of("size", "3")));

        assertThat(((Idle) strategy).parameters.string("size", null)).isEqualTo("3");
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        StrategyCatalog catalog = StrategyCatalog.of(List.of(descriptor("idle")));

        assertThatThrownBy(() -> catalog.require("busy"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("busy").hasMessageContaining("[idle]");
    }

    @Test
    void unknownParameterIsRefusedNotIgnored() {
        StrategyDescriptor idle = descriptor("idle");

        assertThatThrownBy(() -> idle.create(StrategyParameters.of(Map.of("sise", "3"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sise").hasMessageContaining("[size]");
    }

    @Test
    void duplicateNamesAreAnError() {
        assertThatThrownBy(() -> StrategyCatalog.of(List.of(descriptor("idle"), descriptor("idle"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("idle");
    }

    @Test
    void namesAreLowerCaseHyphenatedWords() {
        assertThatThrownBy(() -> descriptor("Mid Quoter")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> descriptor("mid--quoter")).isInstanceOf(IllegalArgumentException.class);
        assertThat(descriptor("mid-quoter-2").name()).isEqualTo("mid-quoter-2");
    }

    @Test
    void loadWithNoProvidersIsEmpty() {
        // core itself registers no strategies; the strategies module's test covers discovery.
        assertThat(StrategyCatalog.load().descriptors()).isEmpty();
    }
}
