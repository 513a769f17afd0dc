package dev.kalshisim.sim.server.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches a method and a path against Kalshi's path templates.
 *
 * <p>A literal segment beats a parameter at the same position, so {@code /markets/trades} wins over
 * {@code /markets/{ticker}} and {@code /portfolio/orders/batched} over
 * {@code /portfolio/orders/{order_id}}. A path no template matches is a 404; a path whose best
 * template lacks the method is a 405. Thread-safe once built.
 */
public final class Router {

    private final List<Route> routes = new ArrayList<>();

    /** Adds {@code route}. @throws IllegalArgumentException if its method and template are taken */
    public Router add(Route route) {
        for (Route existing : routes) {
            if (existing.method().equals(route.method()) && existing.template().equals(route.template())) {
                throw new IllegalArgumentException("duplicate route " + route.method() + " " + route.template());
            }
        }
        routes.add(route);
        return this;
    }

    /** Adds every route in {@code group}. */
    public Router addAll(List<Route> group) {
        group.forEach(this::add);
        return this;
    }

    /** Every route, in the order added. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /**
     * The route for {@code method} and {@code path} (relative to the API prefix, still encoded).
     *
     * @throws ApiException 404 {@code not_found} or 405 {@code method_not_allowed}
     */
    public Match match(String method, String path) {
        List<String> segments = split(path);
        Route best = null;
        Map<String, String> bestParams = null;
        Set<String> allowed = new LinkedHashSet<>();
        String bestTemplate = null;
        for (Route route : routes) {
            Map<String, String> params = bind(route.segments(), segments);
            if (params == null) {
                continue;
            }
            int order = bestTemplate == null ? -1 : compareSpecificity(route.segments(), split(bestTemplate));
            if (order < 0) {
                bestTemplate = route.template();
                allowed.clear();
                best = null;
            }
            if (route.template().equals(bestTemplate)) {
                allowed.add(route.method());
                if (route.method().equals(method)) {
                    best = route;
                    bestParams = params;
                }
            }
        }
        if (bestTemplate == null) {
            throw ApiException.notFound("no such endpoint: " + path);
        }
        if (best == null) {
            throw new ApiException(405, "method_not_allowed",
                    method + " is not allowed on " + bestTemplate + "; allowed: " + String.join(", ", allowed));
        }
        return new Match(best, decodeAll(bestParams));
    }

    /** A matched route and its raw (still encoded) path parameters. */
    public record Match(Route route, Map<String, String> pathParams) {
    }

    static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            out.add(segment);
        }
        if (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        // A trailing slash is tolerated: "/markets/" routes as "/markets".
        if (out.size() > 1 && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static Map<String, String> bind(List<String> template, List<String> path) {
        if (template.size() != path.size()) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String expected = template.get(i);
            String actual = path.get(i);
            if (isParameter(expected)) {
                if (actual.isEmpty()) {
                    return null;
                }
                params.put(expected.substring(1, expected.length() - 1), actual);
            } else if (!expected.equals(actual)) {
                return null;
            }
        }
        return params;
    }

    /** Negative when {@code a} is more specific: the first position where only one has a literal decides. */
    private static int compareSpecificity(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            boolean literalA = !isParameter(a.get(i));
            boolean literalB = !isParameter(b.get(i));
            if (literalA != literalB) {
                return literalA ? -1 : 1;
            }
        }
        return 0;
    }

    private static boolean isParameter(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }

    private static Map<String, String> decodeAll(Map<String, String> raw) {
        Map<String, String> decoded = new HashMap<>();
        raw.forEach((name, value) -> {
            try {
                // URLDecoder turns '+' into a space, which a path does not: protect it first.
                decoded.put(name, URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                throw ApiException.invalid("malformed path parameter " + name + ": a % must be followed by two hex digits");
            }
        });
        return decoded;
    }
}
