package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A number of contracts in units of 1/100 contract, signed (positions and book deltas go negative).
 *
 * <p>Kalshi writes counts with two decimals ({@code "10.00"}) and accepts zero to two in requests.
 */
public record Count(long hundredths) implements Comparable<Count> {

    /** Units per contract. */
    public static final long SCALE = 100L;
    public static final Count ZERO = new Count(0);

    /** {@code contracts} whole contracts. */
    public static Count ofContracts(long contracts) {
        return new Count(Math.multiplyExact(contracts, SCALE));
    }

    /** {@code hundredths} hundredths of a contract. */
    public static Count ofHundredths(long hundredths) {
        // Small counts (up to 100 contracts either way) are cached: order records and book changes make many.
        return hundredths >= -Cache.LIMIT && hundredths <= Cache.LIMIT
                ? Cache.COUNTS[(int) (hundredths + Cache.LIMIT)] : new Count(hundredths);
    }

    /** Counts from -100 to 100 contracts, made on first use. */
    private static final class Cache {
        static final int LIMIT = 10_000;
        static final Count[] COUNTS = new Count[2 * LIMIT + 1];

        static {
            for (int i = 0; i < COUNTS.length; i++) {
                COUNTS[i] = new Count(i - LIMIT);
            }
        }
    }

    /**
     * Parses a count that must not be negative: zero to two decimals ({@code "10"}, {@code "10.5"},
     * {@code "10.50"}).
     *
     * @throws IllegalArgumentException for anything else, naming the text
     */
    public static Count parse(String text) {
        return new Count(FixedPoint.parse(text, 2, 0, 2, false, "count"));
    }

    /** Parses a signed count ({@code "-54.00"}), as in positions and book deltas. */
    @JsonCreator
    public static Count parseSigned(String text) {
        return new Count(FixedPoint.parse(text, 2, 0, 2, true, "count"));
    }

    public boolean isZero() {
        return hundredths == 0;
    }

    public boolean isPositive() {
        return hundredths > 0;
    }

    public boolean isNegative() {
        return hundredths < 0;
    }

    public Count plus(Count other) {
        return new Count(Math.addExact(hundredths, other.hundredths));
    }

    public Count minus(Count other) {
        return new Count(Math.subtractExact(hundredths, other.hundredths));
    }

    public Count negate() {
        return new Count(Math.negateExact(hundredths));
    }

    public Count abs() {
        return hundredths < 0 ? negate() : this;
    }

    public static Count min(Count a, Count b) {
        return a.hundredths <= b.hundredths ? a : b;
    }

    public static Count max(Count a, Count b) {
        return a.hundredths >= b.hundredths ? a : b;
    }

    @Override
    public int compareTo(Count other) {
        return Long.compare(hundredths, other.hundredths);
    }

    /** Kalshi's form: two decimals, {@code "10.00"}. */
    @JsonValue
    @Override
    public String toString() {
        return FixedPoint.format(hundredths, 2, 2);
    }
}
