package dev.kalshisim.sim.engine.fee;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A non-negative rational number as two integers, for fee coefficients and multipliers: no
 * floating point ever touches money.
 *
 * @param numerator at least zero
 * @param denominator above zero
 */
public record Ratio(long numerator, long denominator) {

    public static final Ratio ZERO = new Ratio(0, 1);
    public static final Ratio ONE = new Ratio(1, 1);

    public Ratio {
        if (numerator < 0 || denominator <= 0) {
            throw new IllegalArgumentException("ratio must be non-negative with a positive denominator: "
                    + numerator + "/" + denominator);
        }
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(numerator, denominator);
    }

    /** The exact value of a decimal such as {@code 0.5} or {@code 1}. */
    public static Ratio of(BigDecimal decimal) {
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return new Ratio(stripped.toBigIntegerExact().longValueExact(), 1);
        }
        return new Ratio(stripped.unscaledValue().longValueExact(), BigInteger.TEN.pow(stripped.scale()).longValueExact());
    }

    public BigInteger bigNumerator() {
        return BigInteger.valueOf(numerator);
    }

    public BigInteger bigDenominator() {
        return BigInteger.valueOf(denominator);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
