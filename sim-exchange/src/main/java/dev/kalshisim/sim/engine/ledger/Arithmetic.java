package dev.kalshisim.sim.engine.ledger;

import java.math.BigInteger;

/** Exact integer helpers for products whose intermediate value may pass a long while the result fits. */
final class Arithmetic {

    private Arithmetic() {
    }

    /**
     * {@code floor(a x b / c)} with the product kept exact: a position's cost basis times the
     * contracts closed can pass a long (10^13 x 10^8) though the share of the basis released fits.
     *
     * @throws ArithmeticException if {@code c} is zero or the result does not fit in a long
     */
    static long mulDivFloor(long a, long b, long c) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        // The product fits in a long when the high word is just the sign extension of the low word.
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            return Math.floorDiv(low, c);
        }
        BigInteger divisor = BigInteger.valueOf(c);
        BigInteger[] quotient = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divideAndRemainder(divisor);
        // BigInteger truncates toward zero; a remainder of the other sign than the divisor means round down.
        BigInteger floor = quotient[1].signum() != 0 && quotient[1].signum() != divisor.signum()
                ? quotient[0].subtract(BigInteger.ONE) : quotient[0];
        return floor.longValueExact();
    }
}
