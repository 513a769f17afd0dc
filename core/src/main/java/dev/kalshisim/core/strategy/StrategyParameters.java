package dev.kalshisim.core.strategy;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.time.DurationText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A strategy's parameters: the {@code --param key=value} pairs of a run, with typed accessors.
 *
 * <p>Every accessor takes the value to use when the key is absent; a present value that does not
 * parse throws {@link IllegalArgumentException} naming the key, the value and the rule. Prices and
 * counts parse exactly (no floating point): {@code spread=0.04}, {@code size=1.5}.
 */
public final class StrategyParameters {

    private static final StrategyParameters EMPTY = new StrategyParameters(new TreeMap<>());

    private final SortedMap<String, String> values;

    private StrategyParameters(SortedMap<String, String> values) {
        this.values = Collections.unmodifiableSortedMap(values);
    }

    /** No parameters. */
    public static StrategyParameters empty() {
        return EMPTY;
    }

    /** The given key/value pairs. */
    public static StrategyParameters of(Map<String, String> values) {
        SortedMap<String, String> copy = new TreeMap<>();
        values.forEach((key, value) -> copy.put(requireKey(key), requireValue(key, value)));
        return new StrategyParameters(copy);
    }

    /**
     * Parses {@code key=value} strings as given on the command line; a later key replaces an
     * earlier one. The value is everything after the first {@code =} and may be empty.
     */
    public static StrategyParameters parse(List<String> pairs) {
        SortedMap<String, String> parsed = new TreeMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("a parameter must look like key=value, got \"" + pair + "\"");
            }
            String key = pair.substring(0, equals).trim();
            parsed.put(requireKey(key), pair.substring(equals + 1).trim());
        }
        return new StrategyParameters(parsed);
    }

    /** These parameters with {@code key} set to {@code value}. */
    public StrategyParameters with(String key, String value) {
        SortedMap<String, String> copy = new TreeMap<>(values);
        copy.put(requireKey(key), requireValue(key, value));
        return new StrategyParameters(copy);
    }

    /** All parameters, sorted by key. */
    public SortedMap<String, String> asMap() {
        return values;
    }

    /** Whether {@code key} was given. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The raw value of {@code key}, or {@code fallback}. */
    public String string(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /** The raw value of {@code key}; throws naming the key when it is absent or blank. */
    public String requireString(String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("parameter " + key + " is required");
        }
        return value;
    }

    /** The comma-separated values of {@code key}, trimmed, blanks dropped; empty when absent. */
    public List<String> list(String key) {
        List<String> items = new ArrayList<>();
        String value = values.get(key);
        if (value != null) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return List.copyOf(items);
    }

    /** A whole number, such as {@code 5} or {@code -2}. */
    public long longValue(String key, long fallback) {
        return typed(key, fallback, Long::parseLong, "a whole number");
    }

    /** {@code true} or {@code false}. */
    public boolean bool(String key, boolean fallback) {
        return typed(key, fallback, StrategyParameters::parseBoolean, "true or false");
    }

    /** A price in dollars, zero to six decimals, from $0 to $1 ({@code 0.04}, {@code 0.5}). */
    public Price price(String key, Price fallback) {
        return typed(key, fallback, Price::parseLenient, "a price from 0 to 1 in dollars");
    }

    /** A non-negative count of contracts, up to two decimals ({@code 10}, {@code 2.5}). */
    public Count count(String key, Count fallback) {
        return typed(key, fallback, Count::parse, "a count of contracts like 10 or 2.5");
    }

    /** A signed amount of dollars, up to six decimals ({@code 250}, {@code 0.05}). */
    public Money money(String key, Money fallback) {
        return typed(key, fallback, Money::parse, "an amount of dollars like 250 or 0.05");
    }

    /**
     * A duration in nanoseconds, not negative, in {@link DurationText}'s grammar: a whole number and
     * a unit ({@code 2s}, {@code 500ms}, {@code 1m}) or ISO-8601 ({@code PT30S}).
     */
    public long durationNanos(String key, long fallbackNanos) {
        return typed(key, fallbackNanos, DurationText::parseNanos, "a duration like 2s, 500ms, 1m or PT30S");
    }

    private <T> T typed(String key, T fallback, Function<String, T> parser, String expected) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return parser.apply(value);
        } catch (RuntimeException bad) {
            throw new IllegalArgumentException(
                    "parameter " + key + " must be " + expected + ", got \"" + value + "\"", bad);
        }
    }

    private static boolean parseBoolean(String text) {
        if (text.equals("true") || text.equals("false")) {
            return text.equals("true");
        }
        throw new IllegalArgumentException("not a boolean: " + text);
    }

    private static String requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a parameter needs a key");
        }
        return key;
    }

    private static String requireValue(String key, String value) {
        if (value == null) {
            throw new IllegalArgumentException("parameter " + key + " needs a value");
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StrategyParameters that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
