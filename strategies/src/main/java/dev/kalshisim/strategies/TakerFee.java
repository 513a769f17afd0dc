package dev.kalshisim.strategies;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A strategy's own estimate of Kalshi's taker fee for one order filled in one go:
 * {@code ceil_to_$0.01(rate x C x P x (1 - P))}. The venue rounds the trade fee up to $0.0001 and
 * then floors the balance change to the cent; for a whole-cent price and whole contracts that is
 * the trade fee rounded up to the cent, so this is what such a fill costs (an order filled in
 * several pieces can pay a cent more before its rounding rebate). {@code P(1 - P)} is the same on
 * both legs, so buying NO at q costs what buying YES at 1 - q does.
 *
 * <p>Exact: with C in hundredths and P in $0.0001 units the fee in cents is
 * {@code rate x c x p x (10000 - p) / 10^8}, rounded up, the rate a decimal fraction.
 */
final class TakerFee {

    private static final BigInteger UNITS_PER_CENT = BigInteger.valueOf(100_000_000L);

    private final BigInteger numerator;
    private final BigInteger denominator;
    private final String text;

    private TakerFee(BigDecimal rate) {
        this.numerator = rate.unscaledValue();
        this.denominator = BigInteger.TEN.pow(rate.scale());
        this.text = rate.toPlainString();
    }

    /** Parses a rate such as {@code 0.07}: a decimal from 0 to 1. */
    static TakerFee parse(String text) {
        BigDecimal rate;
        try {
            rate = new BigDecimal(text.trim());
        } catch (NumberFormatException bad) {
            throw new IllegalArgumentException("parameter fee-rate must be a decimal like 0.07, got \"" + text + "\"");
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("parameter fee-rate must be from 0 to 1, got \"" + text + "\"");
        }
        return new TakerFee(rate.scale() < 0 ? rate.setScale(0) : rate);
    }

    /** The fee of buying {@code count} at {@code price} (either leg's price: the fee is symmetric). */
    Money of(Price price, Count count) {
        long p = price.units();
        BigInteger product = numerator.multiply(BigInteger.valueOf(count.hundredths()))
                .multiply(BigInteger.valueOf(p)).multiply(BigInteger.valueOf(Price.SCALE - p));
        BigInteger[] cents = product.divideAndRemainder(denominator.multiply(UNITS_PER_CENT));
        long rounded = cents[0].longValueExact() + (cents[1].signum() > 0 ? 1 : 0);
        return Money.ofCents(rounded);
    }

    @Override
    public String toString() {
        return text;
    }
}
