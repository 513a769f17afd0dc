package dev.kalshisim.sim.server.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decoded query parameters, with repeated names kept in order ({@code tickers=A&tickers=B}).
 *
 * <p>Parsed here instead of by Jetty so that a malformed escape such as {@code %zz} becomes a
 * Kalshi 400 rather than a container error page.
 */
public final class QueryParams {

    public static final QueryParams EMPTY = new QueryParams(Map.of());

    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * Parses a raw query string ({@code a=1&b=x%20y}); {@code null} or empty gives {@link #EMPTY}.
     *
     * @throws ApiException 400 for a malformed percent escape
     */
    public static QueryParams parse(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> parsed = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parsed.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        parsed.replaceAll((name, list) -> List.copyOf(list));
        return new QueryParams(Collections.unmodifiableMap(parsed));
    }

    /** Builds parameters from a map, for tests. */
    public static QueryParams of(Map<String, List<String>> values) {
        return new QueryParams(Map.copyOf(values));
    }

    /** The values of {@code name} in the order sent, possibly empty. */
    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Every parameter name sent. */
    public java.util.Set<String> names() {
        return values.keySet();
    }

    /** The single value of {@code name}, or {@code null} if absent; an empty value counts as absent. */
    public String optional(String name) {
        List<String> list = values(name);
        if (list.isEmpty()) {
            return null;
        }
        if (list.size() > 1) {
            throw ApiException.invalid("query parameter " + name + " may be given only once");
        }
        String value = list.get(0);
        return value.isEmpty() ? null : value;
    }

    /** The single value of {@code name}. @throws ApiException 400 when absent */
    public String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw ApiException.invalid("query parameter " + name + " is required");
        }
        return value;
    }

    /** {@code name} as a whole number, or {@code null} if absent. @throws ApiException 400 if not one */
    public Long optionalLong(String name) {
        String value = optional(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            throw ApiException.invalid("query parameter " + name + " must be an integer, got \"" + value + "\"");
        }
    }

    /** {@code name} as a whole number in {@code [min, max]}, or {@code fallback} if absent. */
    public long longInRange(String name, long fallback, long min, long max) {
        Long value = optionalLong(name);
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw ApiException.invalid("query parameter " + name + " must be between " + min + " and " + max
                    + ", got " + value);
        }
        return value;
    }

    /** {@code name} as {@code true}/{@code false}, or {@code fallback} if absent. */
    public boolean bool(String name, boolean fallback) {
        String value = optional(name);
        if (value == null) {
            return fallback;
        }
        if (value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw ApiException.invalid("query parameter " + name + " must be true or false, got \"" + value + "\"");
    }

    /**
     * The comma-separated values of {@code name} (repeats allowed too), blanks dropped; empty if
     * absent. @throws ApiException 400 when more than {@code max} are given
     */
    public List<String> csv(String name, int max) {
        List<String> out = new ArrayList<>();
        for (String value : values(name)) {
            for (String part : value.split(",")) {
                String trimmed = part.trim();
                if (!trimmed.isEmpty()) {
                    out.add(trimmed);
                }
            }
        }
        if (out.size() > max) {
            throw ApiException.invalid("query parameter " + name + " takes at most " + max + " values, got " + out.size());
        }
        return List.copyOf(out);
    }

    /**
     * {@code name} parsed by {@code parser} (typically a wire enum's {@code fromWire}), or
     * {@code null} if absent; the parser's {@link IllegalArgumentException} becomes a 400.
     */
    public <T> T parsed(String name, java.util.function.Function<String, T> parser) {
        String value = optional(name);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException bad) {
            throw ApiException.invalid(RequestProblems.valueProblem("query parameter " + name, bad.getMessage()));
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw ApiException.invalid("malformed query string: a % must be followed by two hex digits");
        }
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
