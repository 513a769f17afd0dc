package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount of dollars in units of 1/1,000,000 dollar (a micro-dollar), signed.
 *
 * <p>Kalshi writes money with up to six decimals, typically four ({@code "12.3400"}): this type
 * writes at least four and more only when the amount needs them.
 */
public record Money(long micros) implements Comparable<Money> {

    /** Units per dollar. */
    public static final long SCALE = 1_000_000L;
    public static final Money ZERO = new Money(0);

    public static Money ofMicros(long micros) {
        // Zero is the commonest amount in an order record (no maker fills, no fees yet).
        return micros == 0 ? ZERO : new Money(micros);
    }

    /** {@code cents} whole cents. */
    public static Money ofCents(long cents) {
        return new Money(Math.multiplyExact(cents, 10_000L));
    }

    /** {@code dollars} whole dollars. */
    public static Money ofDollars(long dollars) {
        return new Money(Math.multiplyExact(dollars, SCALE));
    }

    /**
     * Parses a signed dollar amount with zero to six decimals ({@code "1000"}, {@code "1000.00"},
     * {@code "-0.0150"}).
     *
     * @throws IllegalArgumentException for anything else, naming the text
     */
    @JsonCreator
    public static Money parse(String text) {
        return new Money(FixedPoint.parse(text, 6, 0, 6, true, "amount"));
    }

    /** Parses an amount that must not be negative, such as a starting balance. */
    public static Money parseNonNegative(String text) {
        return new Money(FixedPoint.parse(text, 6, 0, 6, false, "amount"));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(micros, other.micros));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(micros, other.micros));
    }

    public Money negate() {
        return new Money(Math.negateExact(micros));
    }

    public boolean isNegative() {
        return micros < 0;
    }

    public boolean isPositive() {
        return micros > 0;
    }

    public boolean isZero() {
        return micros == 0;
    }

    /** Whole cents, rounded toward negative infinity; for Kalshi's few remaining integer-cent fields. */
    public long floorCents() {
        return Math.floorDiv(micros, 10_000L);
    }

    /** This amount rounded up to a multiple of {@code quantumMicros} (e.g. 100 for $0.0001). */
    public Money ceilTo(long quantumMicros) {
        return new Money(Math.multiplyExact(-Math.floorDiv(-micros, quantumMicros), quantumMicros));
    }

    /** This amount rounded down to a multiple of {@code quantumMicros} (e.g. 10,000 for $0.01). */
    public Money floorTo(long quantumMicros) {
        return new Money(Math.multiplyExact(Math.floorDiv(micros, quantumMicros), quantumMicros));
    }

    public static Money min(Money a, Money b) {
        return a.micros <= b.micros ? a : b;
    }

    public static Money max(Money a, Money b) {
        return a.micros >= b.micros ? a : b;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(micros, other.micros);
    }

    /** Kalshi's form: at least four decimals, up to six ({@code "12.3400"}, {@code "0.012345"}). */
    @JsonValue
    @Override
    public String toString() {
        return FixedPoint.format(micros, 6, 4);
    }
}
