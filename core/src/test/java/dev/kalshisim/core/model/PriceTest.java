package dev.kalshisim.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriceTest {

    @ParameterizedTest(name = "parse(\"{0}\") = {1} units")
    @CsvSource({
            "0.56, 5600",
            "0.560, 5600",
            "0.5600, 5600",
            "0.0001, 1",
            "0.01, 100",
            "0.99, 9900",
            "0.9999, 9999",
            "0.00, 0",
            "1.00, 10000",
            "1.0000, 10000",
    })
    void strictParseAcceptsTwoToFourDecimals(String text, long units) {
        assertThat(Price.parse(text).units()).isEqualTo(units);
    }

    @ParameterizedTest(name = "parse rejects \"{0}\"")
    @ValueSource(strings = {
            "abc", "1e3", "0.123456789", "", "-0.50", "+0.5", ".5", "5.", " 0.5", "0.5 ", "1.00001",
            "0.5", "1", "0.12345", "1.01", "2.00", "99999999999999999999", "0,50", "0x10", "--0.5", "0.5.0",
    })
    void strictParseRejects(String text) {
        assertThatThrownBy(() -> Price.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "parseLenient(\"{0}\") = {1} units")
    @CsvSource({
            "0.5, 5000",
            "1, 10000",
            "0, 0",
            "0.56, 5600",
            "0.5600, 5600",
            "0.560000, 5600",
            "0.123400, 1234",
    })
    void lenientParseAcceptsZeroToSixDecimals(String text, long units) {
        assertThat(Price.parseLenient(text).units()).isEqualTo(units);
    }

    @ParameterizedTest(name = "parseLenient rejects \"{0}\"")
    @ValueSource(strings = {
            "abc", "1e3", "0.123456789", "", "-0.50", "+0.5", ".5", "5.", " 0.5", "1.00001", "0.12345",
            "0.1234567", "1.5", "99999999999999999999",
    })
    void lenientParseRejects(String text) {
        assertThatThrownBy(() -> Price.parseLenient(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectionsNameTheTextAndTheRule() {
        assertThatThrownBy(() -> Price.parse("0.5")).hasMessageContaining("at least 2 decimals").hasMessageContaining("\"0.5\"");
        assertThatThrownBy(() -> Price.parse("0.12345")).hasMessageContaining("more than 4 decimals");
        assertThatThrownBy(() -> Price.parseLenient("1.00001")).hasMessageContaining("finer than");
        assertThatThrownBy(() -> Price.parse("-0.50")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Price.parse("abc")).hasMessageContaining("\"abc\"");
        assertThatThrownBy(() -> Price.parse("1.50")).hasMessageContaining("between $0 and $1");
        assertThatThrownBy(() -> Price.parse("99999999999999999999")).hasMessageContaining("out of range");
    }

    @ParameterizedTest(name = "{0} units -> \"{1}\"")
    @CsvSource({
            "5600, 0.5600",
            "1, 0.0001",
            "0, 0.0000",
            "10000, 1.0000",
            "9999, 0.9999",
            "100, 0.0100",
    })
    void writesFourDecimals(long units, String text) {
        assertThat(Price.ofUnits(units).toString()).isEqualTo(text);
    }

    @Test
    void outOfRangeUnitsAreRefused() {
        assertThatThrownBy(() -> Price.ofUnits(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Price.ofUnits(10_001)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} x {1} = {2}")
    @CsvSource({
            "0.5600, 10.00, 5.6000",
            "0.0001, 0.01, 0.000001",
            "0.9999, 0.01, 0.009999",
            "0.5000, 3, 1.5000",
            "0.4100, 0.25, 0.1025",
            "1.00, 1000000.00, 1000000.0000",
            "0.00, 10.00, 0.0000",
    })
    void costOfCountAtPriceIsExact(String price, String count, String cost) {
        Money money = Price.parse(price).times(Count.parse(count));
        assertThat(money.toString()).isEqualTo(cost);
        assertThat(money).isEqualTo(Money.parse(cost));
    }

    @ParameterizedTest(name = "1 - {0} = {1}")
    @CsvSource({
            "0.5600, 0.4400",
            "0.0001, 0.9999",
            "0.00, 1.0000",
            "1.00, 0.0000",
            "0.5000, 0.5000",
    })
    void complementIsTheOtherLeg(String yes, String no) {
        Price price = Price.parse(yes);
        assertThat(price.complement().toString()).isEqualTo(no);
        assertThat(price.complement().complement()).isEqualTo(price);
    }

    @Test
    void tradableOnlyStrictlyBetweenZeroAndOne() {
        assertThat(Price.ZERO.isTradable()).isFalse();
        assertThat(Price.ONE.isTradable()).isFalse();
        assertThat(Price.ofUnits(1).isTradable()).isTrue();
        assertThat(Price.ofUnits(9999).isTradable()).isTrue();
    }

    @Test
    void centsAndOrdering() {
        assertThat(Price.ofCents(56)).isEqualTo(Price.parse("0.56"));
        assertThat(Price.parse("0.5600").isWholeCent()).isTrue();
        assertThat(Price.parse("0.5650").isWholeCent()).isFalse();
        assertThat(Price.parse("0.57").isAbove(Price.parse("0.56"))).isTrue();
        assertThat(Price.parse("0.55").isBelow(Price.parse("0.56"))).isTrue();
        assertThat(Price.parse("0.55").compareTo(Price.parse("0.5500"))).isZero();
    }
}
