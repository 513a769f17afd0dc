package dev.kalshisim.core.path;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed endpoint path template: literal segments and {@code {name}} segments that match any
 * one non-empty segment, e.g. {@code /markets/{ticker}/orderbook}. Immutable.
 */
public final class PathTemplate {

    private final String text;
    /** The literal text of each segment, or null where the template has a parameter. */
    private final String[] literals;
    /** The parameter name of each segment, or null where the template has a literal. */
    private final String[] names;

    private PathTemplate(String text, String[] literals, String[] names) {
        this.text = text;
        this.literals = literals;
        this.names = names;
    }

    /**
     * Parses {@code template}.
     *
     * @throws IllegalArgumentException when it does not start with '/', has a query string, an empty
     *     segment, or a brace that is not a whole {@code {name}} segment
     */
    public static PathTemplate parse(String template) {
        if (template == null || !template.startsWith("/")) {
            throw new IllegalArgumentException("path template must start with '/': " + template);
        }
        if (template.indexOf('?') >= 0) {
            throw new IllegalArgumentException("path template must not have a query string: " + template);
        }
        String[] segments = segments(template);
        String[] literals = new String[segments.length];
        String[] names = new String[segments.length];
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty()) {
                throw new IllegalArgumentException("path template has an empty segment: " + template);
            }
            boolean parameter = segment.startsWith("{") && segment.endsWith("}") && segment.length() > 2;
            if (!parameter && (segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0)) {
                throw new IllegalArgumentException("a path parameter must be a whole segment like {order_id}: " + template);
            }
            literals[i] = parameter ? null : segment;
            names[i] = parameter ? segment.substring(1, segment.length() - 1) : null;
        }
        return new PathTemplate(template, literals, names);
    }

    /**
     * The segments of a path after the leading '/', keeping empty ones so "/a//b" and "/a/" stay
     * distinct from "/a/b" and "/a".
     */
    public static String[] segments(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a path must start with '/': " + path);
        }
        return path.substring(1).split("/", -1);
    }

    /** Whether this template matches a path split by {@link #segments}. */
    public boolean matches(String[] concrete) {
        if (concrete.length != literals.length) {
            return false;
        }
        for (int i = 0; i < literals.length; i++) {
            boolean ok = literals[i] == null ? !concrete[i].isEmpty() : literals[i].equals(concrete[i]);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The parameter values of a path this template {@link #matches}, by name, exactly as in the path. */
    public Map<String, String> bind(String[] concrete) {
        if (!matches(concrete)) {
            throw new IllegalArgumentException(text + " does not match /" + String.join("/", concrete));
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) {
                params.put(names[i], concrete[i]);
            }
        }
        return params;
    }

    /**
     * Orders two templates that match the same path: the one with a literal where the other first
     * has a parameter is more specific, so {@code /orders/batched} beats {@code /orders/{order_id}}.
     * Returns a positive number when this one is more specific.
     */
    public int compareSpecificity(PathTemplate other) {
        int shared = Math.min(literals.length, other.literals.length);
        for (int i = 0; i < shared; i++) {
            boolean mine = literals[i] != null;
            boolean theirs = other.literals[i] != null;
            if (mine != theirs) {
                return mine ? 1 : -1;
            }
        }
        return 0;
    }

    /** Whether two templates have the same shape: the same literals in the same places, whatever the parameter names. */
    public boolean sameShape(PathTemplate other) {
        return Arrays.equals(literals, other.literals);
    }

    /** The template as written. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PathTemplate template && sameShape(template);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(literals);
    }

    @Override
    public String toString() {
        return text;
    }
}
