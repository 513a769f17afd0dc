package dev.kalshisim.strategies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.StrategyCatalog;
import dev.kalshisim.core.strategy.StrategyParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarketMakerConfigTest {

    private static MarketMakerConfig config(String... pairs) {
        return MarketMakerConfig.from(StrategyParameters.parse(List.of(pairs)));
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        MarketMakerConfig defaults = config();

        assertThat(defaults.markets().named()).isEmpty();
        assertThat(defaults.spread()).isEqualTo(Price.ofCents(4));
        assertThat(defaults.size()).isEqualTo(Count.ofContracts(1));
        assertThat(defaults.fair()).isEqualTo(MarketMakerConfig.Fair.MICROPRICE);
        assertThat(defaults.emaHalfLifeNanos()).isEqualTo(30_000_000_000L);
        assertThat(defaults.skew()).isEqualTo(Price.parse("0.001"));
        assertThat(defaults.maxPosition()).isEqualTo(Count.ofContracts(20));
        assertThat(defaults.requoteThreshold()).isEqualTo(Price.ofCents(1));
        assertThat(defaults.maxWritesPerSecond()).isEqualTo(8);
        assertThat(defaults.blackoutRetryNanos()).isEqualTo(10_000_000_000L);
        // Every documented default parses back to the same settings.
        StrategyParameters documented = StrategyParameters.empty();
        for (var parameter : MarketMakerConfig.PARAMETERS) {
            if (parameter.defaultValue() != null) {
                documented = documented.with(parameter.name(), parameter.defaultValue());
            }
        }
        assertThat(MarketMakerConfig.from(documented)).usingRecursiveComparison().isEqualTo(defaults);
    }

    @Test
    void everyParameterIsRead() {
        MarketMakerConfig read = config("markets=A, B,A", "spread=0.06", "size=2.5", "fair=ema", "ema-half-life=5s",
                "skew=0.002", "max-position=50", "requote-threshold=0.02", "max-writes-per-second=4",
                "blackout-retry=1m");

        assertThat(read.markets().named()).containsExactly("A", "B");
        assertThat(read.spread()).isEqualTo(Price.ofCents(6));
        assertThat(read.size()).isEqualTo(Count.ofHundredths(250));
        assertThat(read.fair()).isEqualTo(MarketMakerConfig.Fair.EMA);
        assertThat(read.emaHalfLifeNanos()).isEqualTo(5_000_000_000L);
        assertThat(read.skew()).isEqualTo(Price.parse("0.002"));
        assertThat(read.maxPosition()).isEqualTo(Count.ofContracts(50));
        assertThat(read.requoteThreshold()).isEqualTo(Price.ofCents(2));
        assertThat(read.maxWritesPerSecond()).isEqualTo(4);
        assertThat(read.blackoutRetryNanos()).isEqualTo(60_000_000_000L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "spread=abc            | parameter spread must be a price from 0 to 1 in dollars, got \"abc\"",
            "spread=0              | spread must be more than $0 and less than $1, got 0.0000",
            "spread=1              | spread must be more than $0 and less than $1, got 1.0000",
            "spread=-0.04          | parameter spread must be a price from 0 to 1 in dollars, got \"-0.04\"",
            "size=0                | size must be a positive number of contracts, got 0.00",
            "size=five             | parameter size must be a count of contracts like 10 or 2.5, got \"five\"",
            "size=30               | size 30.00 is more than max-position 20.00: no full quote could ever rest",
            "max-position=0        | max-position must be a positive number of contracts, got 0.00",
            "fair=mid              | parameter fair must be microprice or ema, got \"mid\"",
            "requote-threshold=0   | requote-threshold must be more than $0, got 0.0000",
            "max-writes-per-second=0 | max-writes-per-second must be at least 1, got 0",
            "ema-half-life=soon    | parameter ema-half-life must be a duration like 2s, 500ms, 1m or PT30S, got \"soon\"",
    })
    void aBadValueIsRefusedWithOneClearLine(String pair, String message) {
        assertThatThrownBy(() -> config(pair)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void theCatalogRefusesAMistypedParameterByName() {
        assertThatThrownBy(() -> StrategyCatalog.load().create("market-maker",
                StrategyParameters.parse(List.of("sprad=0.04"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("strategy market-maker has no parameter sprad; it takes [markets, spread, size,");
    }
}
