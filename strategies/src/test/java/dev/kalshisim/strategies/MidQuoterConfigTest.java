package dev.kalshisim.strategies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.StrategyParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

class MidQuoterConfigTest {

    @Test
    void defaultsMatchTheDocumentedOnes() {
        MidQuoterConfig config = MidQuoterConfig.from(StrategyParameters.parse(List.of("ticker=T")));

        assertThat(config.tickers()).containsExactly("T");
        assertThat(config.spread()).isEqualTo(Price.ofCents(4));
        assertThat(config.size()).isEqualTo(Count.ofContracts(1));
        assertThat(config.refreshNanos()).isEqualTo(2_000_000_000L);
        assertThat(config.maxPosition()).isEqualTo(Count.ofContracts(10));
        assertThat(config.skewPerContract()).isEqualTo(Price.ofCents(1));
        assertThat(MidQuoterConfig.PARAMETERS).filteredOn(doc -> doc.defaultValue() != null)
                .extracting(doc -> doc.name() + "=" + doc.defaultValue())
                .containsExactly("spread=0.04", "size=1", "refresh=2s", "max_position=10", "skew=0.01");
    }

    @Test
    void tickerAndTickersCombineWithoutDuplicates() {
        MidQuoterConfig config = MidQuoterConfig.from(StrategyParameters.parse(List.of(
                "ticker=A", "tickers=B,A,C", "spread=0.06", "size=2.5", "refresh=500ms", "max_position=4",
                "skew=0.005")));

        assertThat(config.tickers()).containsExactly("A", "B", "C");
        assertThat(config.spread()).isEqualTo(Price.ofCents(6));
        assertThat(config.size()).isEqualTo(Count.ofHundredths(250));
        assertThat(config.refreshNanos()).isEqualTo(500_000_000L);
        assertThat(config.maxPosition()).isEqualTo(Count.ofContracts(4));
        assertThat(config.skewPerContract()).isEqualTo(Price.ofUnits(50));
    }

    @Test
    void refusesAConfigWithoutMarketOrWithEmptySizes() {
        assertThatThrownBy(() -> MidQuoterConfig.from(StrategyParameters.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ticker=X");
        assertThatThrownBy(() -> MidQuoterConfig.from(StrategyParameters.parse(List.of("ticker=T", "size=0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size");
        assertThatThrownBy(() -> MidQuoterConfig.from(StrategyParameters.parse(List.of("ticker=T", "spread=0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spread");
        assertThatThrownBy(() -> MidQuoterConfig.from(StrategyParameters.parse(List.of("ticker=T", "refresh=0s"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refresh");
    }
}
