package dev.kalshisim.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest(name = "parse(\"{0}\") = {1} micros")
    @CsvSource({
            "12.34, 12340000",
            "12.3400, 12340000",
            "0.012345, 12345",
            "-1.5, -1500000",
            "-1.5000, -1500000",
            "1000, 1000000000",
            "1000.00, 1000000000",
            "0.000001, 1",
            "-0.0150, -15000",
            "0, 0",
            "9223372036854.775807, 9223372036854775807",
    })
    void parseAcceptsZeroToSixDecimalsSigned(String text, long micros) {
        assertThat(Money.parse(text).micros()).isEqualTo(micros);
    }

    @ParameterizedTest(name = "parse rejects \"{0}\"")
    @ValueSource(strings = {
            "abc", "1e3", "0.123456789", "0.1234567", "", "+0.5", ".5", "5.", " 0.5", "$1.00", "1,000.00",
            "99999999999999999999", "9223372036854.775808",
    })
    void parseRejects(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonNegativeParseRejectsNegatives() {
        assertThatThrownBy(() -> Money.parseNonNegative("-0.50")).hasMessageContaining("negative");
        assertThat(Money.parseNonNegative("0.50").micros()).isEqualTo(500_000);
    }

    @ParameterizedTest(name = "{0} micros -> \"{1}\"")
    @CsvSource({
            "12340000, 12.3400",
            "12345, 0.012345",
            "-1500000, -1.5000",
            "0, 0.0000",
            "1, 0.000001",
            "10, 0.00001",
            "100, 0.0001",
            "5600000, 5.6000",
            "-9223372036854775808, -9223372036854.775808",
    })
    void writesFourToSixDecimals(long micros, String text) {
        assertThat(Money.ofMicros(micros).toString()).isEqualTo(text);
    }

    @Test
    void centsAndRounding() {
        assertThat(Money.ofCents(1234).toString()).isEqualTo("12.3400");
        assertThat(Money.ofDollars(5).toString()).isEqualTo("5.0000");
        assertThat(Money.parse("0.019999").floorCents()).isEqualTo(1);
        assertThat(Money.parse("-0.000001").floorCents()).isEqualTo(-1);
        assertThat(Money.parse("0.000101").ceilTo(100).toString()).isEqualTo("0.0002");
        assertThat(Money.parse("0.000100").ceilTo(100).toString()).isEqualTo("0.0001");
        assertThat(Money.parse("-0.000101").ceilTo(100).toString()).isEqualTo("-0.0001");
        assertThat(Money.parse("0.019999").floorTo(10_000).toString()).isEqualTo("0.0100");
        assertThat(Money.parse("-0.000001").floorTo(10_000).toString()).isEqualTo("-0.0100");
    }

    @Test
    void arithmetic() {
        Money a = Money.parse("1.25");
        Money b = Money.parse("0.000001");
        assertThat(a.plus(b).toString()).isEqualTo("1.250001");
        assertThat(b.minus(a).toString()).isEqualTo("-1.249999");
        assertThat(a.negate().isNegative()).isTrue();
        assertThat(Money.min(a, b)).isEqualTo(b);
        assertThat(Money.max(a, b)).isEqualTo(a);
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThatThrownBy(() -> Money.ofMicros(Long.MAX_VALUE).plus(b)).isInstanceOf(ArithmeticException.class);
    }
}
