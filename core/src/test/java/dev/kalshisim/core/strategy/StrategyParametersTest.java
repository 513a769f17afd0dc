package dev.kalshisim.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyParametersTest {

    @Test
    void parsesCommandLinePairsLaterKeysWinning() {
        StrategyParameters parameters = StrategyParameters.parse(List.of("a=1", "b = x=y ", "a=2", "c="));

        assertThat(parameters.asMap()).containsExactly(Map.entry("a", "2"), Map.entry("b", "x=y"), Map.entry("c", ""));
    }

    @Test
    void refusesAPairWithoutKey() {
        assertThatThrownBy(() -> StrategyParameters.parse(List.of("=1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key=value");
        assertThatThrownBy(() -> StrategyParameters.parse(List.of("novalue")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key=value");
    }

    @Test
    void typedAccessorsParseExactlyAndFallBack() {
        StrategyParameters parameters = StrategyParameters.of(Map.of(
                "spread", "0.04", "size", "2.5", "n", "-3", "on", "true", "cash", "250", "refresh", "500ms"));

        assertThat(parameters.price("spread", Price.ZERO)).isEqualTo(Price.ofCents(4));
        assertThat(parameters.count("size", Count.ZERO)).isEqualTo(Count.ofHundredths(250));
        assertThat(parameters.longValue("n", 0)).isEqualTo(-3);
        assertThat(parameters.bool("on", false)).isTrue();
        assertThat(parameters.money("cash", Money.ZERO)).isEqualTo(Money.ofDollars(250));
        assertThat(parameters.durationNanos("refresh", 0)).isEqualTo(500_000_000L);
        assertThat(parameters.price("missing", Price.ofCents(7))).isEqualTo(Price.ofCents(7));
        assertThat(parameters.string("missing", "d")).isEqualTo("d");
    }

    @Test
    void durationsTakeEveryUnit() {
        StrategyParameters parameters = StrategyParameters.of(Map.of(
                "a", "7ns", "b", "3us", "c", "2s", "d", "1m", "e", "1h"));

        assertThat(parameters.durationNanos("a", 0)).isEqualTo(7L);
        assertThat(parameters.durationNanos("b", 0)).isEqualTo(3_000L);
        assertThat(parameters.durationNanos("c", 0)).isEqualTo(2_000_000_000L);
        assertThat(parameters.durationNanos("d", 0)).isEqualTo(60_000_000_000L);
        assertThat(parameters.durationNanos("e", 0)).isEqualTo(3_600_000_000_000L);
    }

    @Test
    void aDurationParameterTakesTheIsoFormAndTheShortFormAlike() {
        // What run --param x=PT30S --param y=30s hands the strategy: the same grammar as --duration.
        StrategyParameters parameters = StrategyParameters.parse(List.of("x=PT30S", "y=30s"));

        assertThat(parameters.durationNanos("x", 0)).isEqualTo(30_000_000_000L);
        assertThat(parameters.durationNanos("y", 0)).isEqualTo(30_000_000_000L);
    }

    @Test
    void badValuesNameTheKeyAndTheValue() {
        StrategyParameters parameters = StrategyParameters.of(Map.of(
                "spread", "1.5", "refresh", "2", "size", "0.001", "on", "yes"));

        assertThatThrownBy(() -> parameters.price("spread", Price.ZERO))
                .hasMessageContaining("parameter spread").hasMessageContaining("\"1.5\"");
        assertThatThrownBy(() -> parameters.durationNanos("refresh", 0)).hasMessageContaining("parameter refresh");
        assertThatThrownBy(() -> parameters.count("size", Count.ZERO)).hasMessageContaining("parameter size");
        assertThatThrownBy(() -> parameters.bool("on", false)).hasMessageContaining("parameter on");
    }

    @Test
    void listsSplitOnCommasAndDropBlanks() {
        StrategyParameters parameters = StrategyParameters.of(Map.of("tickers", " A, B ,,C "));

        assertThat(parameters.list("tickers")).containsExactly("A", "B", "C");
        assertThat(parameters.list("absent")).isEmpty();
    }

    @Test
    void requireStringRefusesMissingOrBlank() {
        StrategyParameters parameters = StrategyParameters.empty().with("blank", " ");

        assertThatThrownBy(() -> parameters.requireString("absent")).hasMessageContaining("absent is required");
        assertThatThrownBy(() -> parameters.requireString("blank")).hasMessageContaining("blank is required");
    }
}
