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
    void theCatalogListsTheMarketMakerAndNoop() {
        StrategyCatalog catalog = StrategyCatalog.load();

        assertThat(catalog.descriptors().keySet()).containsExactly("event-arb", "load", "market-maker", "mid-quoter",
                "momentum", "noop", "poller", "streamer");
        assertThat(catalog.require(LoadStrategy.NAME).parameterNames()).containsExactly("markets", "rate", "reads",
                "creates", "batches", "cancels", "batch-size", "offset", "size", "max-resting", "seed");
        assertThat(catalog.create("load", StrategyParameters.parse(List.of("rate=50")))).isInstanceOf(LoadStrategy.class);
        assertThat(catalog.require(Poller.NAME).parameterNames()).containsExactly("markets", "poll", "idle-poll", "hot-for",
                "spread", "size", "max-writes-per-second");
        assertThat(catalog.require(Streamer.NAME).parameterNames()).containsExactly("markets", "poll", "idle-poll", "hot-for",
                "spread", "size", "max-writes-per-second");
        assertThat(catalog.require(MarketMaker.NAME).parameterNames()).containsExactly("markets", "spread", "size",
                "fair", "ema-half-life", "skew", "max-position", "requote-threshold", "max-writes-per-second",
                "blackout-retry");
        assertThat(catalog.require(NoopStrategy.NAME).parameterNames()).containsExactly("markets");
        assertThat(catalog.create("market-maker", StrategyParameters.parse(List.of("spread=0.04", "size=5"))))
                .isInstanceOf(MarketMaker.class);
        assertThat(catalog.create("noop", StrategyParameters.empty())).isInstanceOf(NoopStrategy.class);
        assertThat(catalog.require(EventArb.NAME).parameterNames()).containsExactly("markets", "fee-rate", "min-edge",
                "size", "max-position", "max-writes-per-second");
        assertThat(catalog.create("event-arb", StrategyParameters.parse(List.of("fee-rate=0.035"))))
                .isInstanceOf(EventArb.class);
        assertThat(catalog.require(Momentum.NAME).parameterNames()).containsExactly("markets", "mode", "window",
                "min-volume", "threshold", "size", "max-position", "stop-loss", "take-profit", "cooldown",
                "max-writes-per-second");
        assertThat(catalog.create("momentum", StrategyParameters.parse(List.of("mode=reversion"))))
                .isInstanceOf(Momentum.class);
    }

    @Test
    void badValuesOfTheTakersAreRefusedWithTheirName() {
        StrategyCatalog catalog = StrategyCatalog.load();

        assertThatThrownBy(() -> catalog.create("event-arb", StrategyParameters.parse(List.of("fee-rate=seven"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fee-rate");
        assertThatThrownBy(() -> catalog.create("momentum", StrategyParameters.parse(List.of("mode=sideways"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mode");
    }

    @Test
    void aMistypedParameterIsRefused() {
        StrategyCatalog catalog = StrategyCatalog.load();

        assertThatThrownBy(() -> catalog.create("mid-quoter", StrategyParameters.parse(List.of("ticker=T", "sprad=1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sprad");
    }
}
