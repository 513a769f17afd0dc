package dev.kalshisim.core.limits;

import java.util.Arrays;

/**
 * A parsed endpoint path template: literal segments and {@code {name}} segments that match any
 * one non-empty segment. Immutable.
 */
final class PathTemplate {

    private final String text;
    /** The literal text of each segment, or null where the template has a parameter. */
    private final String[] literals;

    private PathTemplate(String text, String[] literals) {
        this.text = text;
        this.literals = literals;
    }

    static PathTemplate parse(String template) {
        if (template == null || !template.startsWith("/")) {
            throw new IllegalArgumentException("path template must start with '/': " + template);
        }
        if (template.indexOf('?') >= 0) {
            throw new IllegalArgumentException("path template must not have a query string: " + template);
        }
        String[] segments = segments(template);
        String[] literals = new String[segments.length];
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
        }
        return new PathTemplate(template, literals);
    }

    /** The segments of a path after the leading '/', keeping empty ones so "/a//b" and "/a/" stay distinct. */
    static String[] segments(String path) {
        return path.substring(1).split("/", -1);
    }

    boolean matches(String[] concrete) {
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

    /**
     * Orders two templates that match the same path: the one with a literal where the other first
     * has a parameter is more specific, so {@code /orders/batched} beats {@code /orders/{order_id}}.
     * Returns a positive number when this one is more specific.
     */
    int compareSpecificity(PathTemplate other) {
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

    @Override
    public boolean equals(Object other) {
        return other instanceof PathTemplate template && Arrays.equals(literals, template.literals);
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
