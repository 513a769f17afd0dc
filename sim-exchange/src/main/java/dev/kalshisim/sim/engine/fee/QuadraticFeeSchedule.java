package dev.kalshisim.sim.engine.fee;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Kalshi's quadratic fee (kalshi-api.md section 12): {@code ceil_to_$0.0001(k x m x C x P x (1 - P))}
 * with C contracts, P the fill price in dollars, m the series' fee multiplier and k the coefficient
 * for the member's role.
 *
 * <p>Takers pay {@code taker}; makers pay {@code makerFees} on {@code quadratic_with_maker_fees}
 * series, {@code comboMakerFees} on {@code quadratic_with_combo_maker_fees} series, nothing
 * otherwise. The {@code flat} type's table is unpublished, so it is charged like {@code quadratic}.
 * The arithmetic is exact: with c in hundredths and p in 1/10,000 dollars the fee is
 * {@code k x m x c x p x (10000 - p) / 10^10} dollars, rounded up to $0.0001.
 */
public record QuadraticFeeSchedule(Ratio taker, Ratio makerFees, Ratio comboMakerFees) implements FeeSchedule {

    /** 1e10 dollars-per-unit (1e2 count x 1e4 x 1e4 price) over 1e4 ticks of $0.0001 per dollar. */
    private static final long UNITS_PER_FEE_TICK_LONG = 1_000_000L;
    private static final BigInteger UNITS_PER_FEE_TICK = BigInteger.valueOf(UNITS_PER_FEE_TICK_LONG);
    private static final long MICROS_PER_FEE_TICK = 100L;

    public QuadraticFeeSchedule {
        Objects.requireNonNull(taker, "taker");
        Objects.requireNonNull(makerFees, "makerFees");
        Objects.requireNonNull(comboMakerFees, "comboMakerFees");
    }

    /** Kalshi's published coefficients: 0.07 taker, 0.0175 maker, 0.035 combo maker. */
    public static QuadraticFeeSchedule kalshi() {
        return new QuadraticFeeSchedule(Ratio.of(7, 100), Ratio.of(175, 10_000), Ratio.of(35, 1_000));
    }

    @Override
    public Money fee(FeeTerms terms, Liquidity liquidity, Price price, Count count) {
        Ratio coefficient = coefficient(terms.feeType(), liquidity);
        if (coefficient.numerator() == 0 || terms.multiplier().numerator() == 0 || count.hundredths() <= 0) {
            return Money.ZERO;
        }
        long ticks = feeTicks(coefficient, terms.multiplier(), count.hundredths(), price.units());
        return Money.ofMicros(Math.multiplyExact(ticks, MICROS_PER_FEE_TICK));
    }

    /** The fee in $0.0001 ticks, rounded up; long arithmetic when it cannot overflow, else BigInteger. */
    private static long feeTicks(Ratio coefficient, Ratio multiplier, long hundredths, long p) {
        try {
            long numerator = Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(
                    coefficient.numerator(), multiplier.numerator()), hundredths), p), Price.SCALE - p);
            long denominator = Math.multiplyExact(Math.multiplyExact(coefficient.denominator(),
                    multiplier.denominator()), UNITS_PER_FEE_TICK_LONG);
            // Both are non-negative, so the remainder's sign says whether to round up.
            return numerator / denominator + (numerator % denominator > 0 ? 1 : 0);
        } catch (ArithmeticException overflow) {
            return bigFeeTicks(coefficient, multiplier, hundredths, p);
        }
    }

    private static long bigFeeTicks(Ratio coefficient, Ratio multiplier, long hundredths, long p) {
        BigInteger numerator = coefficient.bigNumerator()
                .multiply(multiplier.bigNumerator())
                .multiply(BigInteger.valueOf(hundredths))
                .multiply(BigInteger.valueOf(p))
                .multiply(BigInteger.valueOf(Price.SCALE - p));
        BigInteger denominator = coefficient.bigDenominator()
                .multiply(multiplier.bigDenominator())
                .multiply(UNITS_PER_FEE_TICK);
        BigInteger[] quotient = numerator.divideAndRemainder(denominator);
        return quotient[0].longValueExact() + (quotient[1].signum() > 0 ? 1 : 0);
    }

    private Ratio coefficient(FeeType type, Liquidity liquidity) {
        if (liquidity == Liquidity.TAKER) {
            return taker;
        }
        switch (type) {
            case QUADRATIC_WITH_MAKER_FEES:
                return makerFees;
            case QUADRATIC_WITH_COMBO_MAKER_FEES:
                return comboMakerFees;
            default:
                return Ratio.ZERO;
        }
    }
}
