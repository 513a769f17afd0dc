package dev.kalshisim.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountTest {

    @ParameterizedTest(name = "parse(\"{0}\") = {1} hundredths")
    @CsvSource({
            "10, 1000",
            "10.0, 1000",
            "10.00, 1000",
            "10.5, 1050",
            "2.50, 250",
            "0.01, 1",
            "0, 0",
            "0.00, 0",
            "1000000, 100000000",
            "007, 700",
    })
    void parseAcceptsZeroToTwoDecimals(String text, long hundredths) {
        assertThat(Count.parse(text).hundredths()).isEqualTo(hundredths);
    }

    @ParameterizedTest(name = "parse rejects \"{0}\"")
    @ValueSource(strings = {
            "abc", "1e3", "0.123456789", "", "-0.50", "+0.5", ".5", "5.", " 0.5", "0.001", "10.000",
            "99999999999999999999", "92233720368547758.08", "1,000",
    })
    void parseRejects(String text) {
        assertThatThrownBy(() -> Count.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "parseSigned(\"{0}\") = {1} hundredths")
    @CsvSource({
            "-54.00, -5400",
            "-0.01, -1",
            "54, 5400",
            "0.00, 0",
    })
    void parseSignedAcceptsNegatives(String text, long hundredths) {
        assertThat(Count.parseSigned(text).hundredths()).isEqualTo(hundredths);
    }

    @ParameterizedTest(name = "parseSigned rejects \"{0}\"")
    @ValueSource(strings = {"abc", "1e3", "", "+0.5", ".5", "-.5", "5.", " 0.5", "-", "--1", "0.001", "99999999999999999999"})
    void parseSignedRejects(String text) {
        assertThatThrownBy(() -> Count.parseSigned(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectionsNameTheRule() {
        assertThatThrownBy(() -> Count.parse("-0.50")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Count.parse("0.001")).hasMessageContaining("more than 2 decimals");
        assertThatThrownBy(() -> Count.parse("99999999999999999999")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Count.parse("")).hasMessageContaining("empty");
    }

    @ParameterizedTest(name = "{0} hundredths -> \"{1}\"")
    @CsvSource({
            "1000, 10.00",
            "1, 0.01",
            "0, 0.00",
            "-5400, -54.00",
            "250, 2.50",
    })
    void writesTwoDecimals(long hundredths, String text) {
        assertThat(Count.ofHundredths(hundredths).toString()).isEqualTo(text);
    }

    @Test
    void arithmetic() {
        Count ten = Count.ofContracts(10);
        Count half = Count.parse("0.5");
        assertThat(ten.plus(half).toString()).isEqualTo("10.50");
        assertThat(ten.minus(half).toString()).isEqualTo("9.50");
        assertThat(half.minus(ten).isNegative()).isTrue();
        assertThat(half.minus(ten).abs().toString()).isEqualTo("9.50");
        assertThat(ten.negate().toString()).isEqualTo("-10.00");
        assertThat(Count.min(ten, half)).isEqualTo(half);
        assertThat(Count.max(ten, half)).isEqualTo(ten);
        assertThat(Count.ZERO.isZero()).isTrue();
        assertThatThrownBy(() -> Count.ofHundredths(Long.MAX_VALUE).plus(Count.ofHundredths(1)))
                .isInstanceOf(ArithmeticException.class);
    }
}
