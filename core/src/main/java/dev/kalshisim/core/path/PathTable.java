package dev.kalshisim.core.path;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The project's one path matcher: values keyed by an HTTP method and a {@link PathTemplate}, looked
 * up by a concrete path with Kalshi's rule that a literal segment beats a parameter at the same
 * position ({@code /markets/trades} over {@code /markets/{ticker}}, {@code /portfolio/orders/batched}
 * over {@code /portfolio/orders/{order_id}}).
 *
 * <p>The simulator's router keeps its routes in one (each route with its token cost, so a request is
 * matched once), and the endpoint-cost table that the client paces by keeps its entries in one.
 * Paths are matched segment by segment exactly as given (still percent-encoded, no query string);
 * normalising them (a trailing slash) is the caller's choice. Immutable and thread-safe.
 *
 * @param <T> what an entry carries
 */
public final class PathTable<T> {

    /**
     * One entry.
     *
     * @param method the HTTP method, upper case
     * @param template the path template
     * @param value what the entry carries
     */
    public record Entry<T>(String method, PathTemplate template, T value) {
        public Entry {
            method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
            Objects.requireNonNull(template, "template");
        }
    }

    /** What {@link #route} found. */
    public sealed interface Lookup<T> {
    }

    /**
     * The entry for the method on the most specific template that matched.
     *
     * @param rawParams the template's parameter values, still percent-encoded
     */
    public record Found<T>(Entry<T> entry, Map<String, String> rawParams) implements Lookup<T> {
    }

    /** No template matches the path (a 404). */
    public record NoSuchPath<T>() implements Lookup<T> {
    }

    /** The most specific template matching the path has no entry for the method (a 405). */
    public record MethodNotAllowed<T>(PathTemplate template, Set<String> allowed) implements Lookup<T> {
    }

    private final List<Entry<T>> entries;

    private PathTable(List<Entry<T>> entries) {
        this.entries = entries;
    }

    /** An empty table. */
    public static <T> PathTable<T> empty() {
        return new PathTable<>(List.of());
    }

    /**
     * A table of {@code entries}.
     *
     * @throws IllegalArgumentException on two entries for the same method and template shape
     */
    public static <T> PathTable<T> of(List<Entry<T>> entries) {
        PathTable<T> table = empty();
        for (Entry<T> entry : entries) {
            table = table.plus(entry);
        }
        return table;
    }

    /**
     * This table and {@code entry}.
     *
     * @throws IllegalArgumentException if an entry for the same method and template shape is there
     */
    public PathTable<T> plus(Entry<T> entry) {
        Objects.requireNonNull(entry, "entry");
        for (Entry<T> existing : entries) {
            if (existing.method().equals(entry.method()) && existing.template().sameShape(entry.template())) {
                throw new IllegalArgumentException("duplicate entry for " + entry.method() + " " + entry.template());
            }
        }
        List<Entry<T>> more = new ArrayList<>(entries);
        more.add(entry);
        return new PathTable<>(List.copyOf(more));
    }

    /** Every entry, in the order added. */
    public List<Entry<T>> entries() {
        return entries;
    }

    /**
     * The entry a server routes {@code method path} to: the most specific template that matches the
     * path, whatever its methods, then its entry for {@code method}.
     */
    public Lookup<T> route(String method, String path) {
        String upper = method.toUpperCase(Locale.ROOT);
        String[] segments = PathTemplate.segments(path);
        PathTemplate bestTemplate = null;
        Entry<T> best = null;
        Set<String> allowed = new LinkedHashSet<>();
        for (Entry<T> entry : entries) {
            if (!entry.template().matches(segments)) {
                continue;
            }
            if (bestTemplate == null || entry.template().compareSpecificity(bestTemplate) > 0) {
                bestTemplate = entry.template();
                allowed.clear();
                best = null;
            }
            if (entry.template().sameShape(bestTemplate)) {
                allowed.add(entry.method());
                if (entry.method().equals(upper)) {
                    best = entry;
                }
            }
        }
        if (bestTemplate == null) {
            return new NoSuchPath<>();
        }
        if (best == null) {
            return new MethodNotAllowed<>(bestTemplate, Collections.unmodifiableSet(allowed));
        }
        return new Found<>(best, best.template().bind(segments));
    }

    /**
     * The entry that prices {@code method path} in a cost table: among the entries for
     * {@code method}, the one whose template matches most specifically; empty when none matches.
     */
    public Optional<Entry<T>> find(String method, String path) {
        String upper = method.toUpperCase(Locale.ROOT);
        String[] segments = PathTemplate.segments(path);
        Entry<T> best = null;
        for (Entry<T> entry : entries) {
            if (entry.method().equals(upper) && entry.template().matches(segments)
                    && (best == null || entry.template().compareSpecificity(best.template()) > 0)) {
                best = entry;
            }
        }
        return Optional.ofNullable(best);
    }
}
