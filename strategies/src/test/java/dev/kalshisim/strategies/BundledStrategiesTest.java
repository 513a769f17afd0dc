package dev.kalshisim.strategies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.strategy.StrategyCatalog;
import dev.kalshisim.core.strategy.StrategyDescriptor;
import dev.kalshisim.core.strategy.StrategyParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledStrategiesTest {

    @Test
    void serviceLoaderFindsTheMidQuoterByName() {
        StrategyCatalog catalog = StrategyCatalog.load();

        StrategyDescriptor descriptor = catalog.require(MidQuoter.NAME);

        assertThat(descriptor.description()).isNotBlank();
        assertThat(descriptor.parameterNames())
                .containsExactly("ticker", "tickers", "spread", "size", "refresh", "max_position", "skew");
        assertThat(catalog.create("mid-quoter", StrategyParameters.parse(List.of("ticker=T"))))
                .isInstanceOf(MidQuoter.class);
    }

    @Test
    void aMistypedParameterIsRefused() {
        StrategyCatalog catalog = StrategyCatalog.load();

        assertThatThrownBy(() -> catalog.create("mid-quoter", StrategyParameters.parse(List.of("ticker=T", "sprad=1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sprad");
    }
}
