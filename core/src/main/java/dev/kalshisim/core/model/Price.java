package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A price per contract in units of 1/10,000 dollar ($0.0001), from $0 to $1 inclusive.
 *
 * <p>$0 and $1 appear in quotes and settlement values; orders need a {@linkplain #isTradable()
 * tradable} price strictly between them. Kalshi writes prices with four decimals ({@code "0.5600"})
 * and accepts two to four in requests.
 */
public record Price(long units) implements Comparable<Price> {

    /** Units per dollar. */
    public static final long SCALE = 10_000L;
    /** $0.0000. */
    public static final Price ZERO = new Price(0);
    /** $1.0000, the payout of a winning contract. */
    public static final Price ONE = new Price(SCALE);

    public Price {
        if (units < 0 || units > SCALE) {
            throw new IllegalArgumentException("price must be between $0 and $1: " + FixedPoint.format(units, 4, 4));
        }
    }

    /** The price of {@code units} ten-thousandths of a dollar. */
    public static Price ofUnits(long units) {
        // Every valid price is cached: a price is a value, and the engine makes several per order record.
        return units >= 0 && units <= SCALE ? Cache.PRICES[(int) units] : new Price(units);
    }

    /** All 10,001 prices, made on first use. */
    private static final class Cache {
        static final Price[] PRICES = new Price[(int) SCALE + 1];

        static {
            for (int u = 0; u <= SCALE; u++) {
                PRICES[u] = new Price(u);
            }
        }
    }

    /** The price of whole {@code cents}. */
    public static Price ofCents(long cents) {
        return new Price(Math.multiplyExact(cents, 100L));
    }

    /**
     * Parses a request price: two to four decimals, $0 to $1 ({@code "0.56"}, {@code "0.5600"}).
     *
     * @throws IllegalArgumentException for anything else, naming the text
     */
    public static Price parse(String text) {
        return new Price(FixedPoint.parse(text, 4, 2, 4, false, "price"));
    }

    /**
     * Parses a price as written in responses and recordings: zero to six decimals, digits past the
     * fourth must be zero ({@code "0.560000"}, {@code "1"}).
     */
    @JsonCreator
    public static Price parseLenient(String text) {
        return new Price(FixedPoint.parse(text, 4, 0, 6, false, "price"));
    }

    /** Whether an order may rest or trade at this price: strictly between $0 and $1. */
    public boolean isTradable() {
        return units > 0 && units < SCALE;
    }

    /** The other leg's price: a YES price p is a NO price 1 - p. */
    public Price complement() {
        return ofUnits(SCALE - units);
    }

    /** Whether this price is a whole number of cents. */
    public boolean isWholeCent() {
        return units % 100 == 0;
    }

    /** The cost of {@code count} contracts at this price, exactly. */
    public Money times(Count count) {
        // 1/10,000 $ x 1/100 contract = 1/1,000,000 $: Money's unit, with no rounding.
        return Money.ofMicros(Math.multiplyExact(units, count.hundredths()));
    }

    public boolean isAbove(Price other) {
        return units > other.units;
    }

    public boolean isBelow(Price other) {
        return units < other.units;
    }

    @Override
    public int compareTo(Price other) {
        return Long.compare(units, other.units);
    }

    /** Kalshi's form: four decimals, {@code "0.5600"}. */
    @JsonValue
    @Override
    public String toString() {
        return FixedPoint.format(units, 4, 4);
    }
}
