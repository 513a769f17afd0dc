package dev.kalshisim.sim.engine.fee;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ceil_to_$0.0001(k x m x C x P x (1 - P)), computed exactly. */
class QuadraticFeeScheduleTest {

    private final QuadraticFeeSchedule fees = QuadraticFeeSchedule.kalshi();

    @ParameterizedTest(name = "{0} contracts at {1} -> taker fee {2}")
    @CsvSource({
        "10, 0.50, 0.175",      // exactly 0.175
        "1, 0.55, 0.0174",      // 0.017325 rounds up
        "100, 0.01, 0.0693",    // 0.0693 exactly
        "0.01, 0.50, 0.0002",   // 0.000175 rounds up
        "3, 0.1234, 0.0228",    // 0.0227162124 rounds up
        "10, 0.40, 0.168",
        "10, 0.60, 0.168",      // symmetric in p and 1 - p
    })
    void takerFeeFollowsTheFormulaRoundedUpToAHundredthOfACent(String count, String price, String fee) {
        assertThat(fees.fee(terms(FeeType.QUADRATIC, "1"), Liquidity.TAKER, Price.parse(price), Count.parse(count)))
                .isEqualTo(Money.parse(fee));
    }

    @Test
    void makersPayOnlyOnMakerFeeSeries() {
        Price half = Price.parse("0.50");
        Count ten = Count.ofContracts(10);
        assertThat(fees.fee(terms(FeeType.QUADRATIC, "1"), Liquidity.MAKER, half, ten)).isEqualTo(Money.ZERO);
        assertThat(fees.fee(terms(FeeType.QUADRATIC_WITH_MAKER_FEES, "1"), Liquidity.MAKER, half, ten))
                .isEqualTo(Money.parse("0.0438")); // 0.04375 up
        assertThat(fees.fee(terms(FeeType.QUADRATIC_WITH_COMBO_MAKER_FEES, "1"), Liquidity.MAKER, half, ten))
                .isEqualTo(Money.parse("0.0875"));
    }

    @Test
    void multiplierScalesTheCoefficient() {
        assertThat(fees.fee(terms(FeeType.QUADRATIC, "0.5"), Liquidity.TAKER, Price.parse("0.50"), Count.ofContracts(10)))
                .isEqualTo(Money.parse("0.0875"));
        assertThat(fees.fee(terms(FeeType.QUADRATIC, "0"), Liquidity.TAKER, Price.parse("0.50"), Count.ofContracts(10)))
                .isEqualTo(Money.ZERO);
    }

    @Test
    void hugeCountsDoNotOverflow() {
        Money fee = fees.fee(terms(FeeType.QUADRATIC, "1.25"), Liquidity.TAKER, Price.parse("0.50"),
                Count.ofContracts(1_000_000_000L));
        assertThat(fee).isEqualTo(Money.parse("21875000"));
    }

    private static FeeTerms terms(FeeType type, String multiplier) {
        return new FeeTerms(type, Ratio.of(new java.math.BigDecimal(multiplier)));
    }
}
