package dev.kalshisim.sim.server.http;

import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.EndpointPrice;
import dev.kalshisim.core.path.PathTable;
import dev.kalshisim.core.path.PathTemplate;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Matches a method and a path against Kalshi's path templates, with core's one matcher
 * ({@link PathTable}): a literal segment beats a parameter at the same position, so
 * {@code /markets/trades} wins over {@code /markets/{ticker}} and {@code /portfolio/orders/batched}
 * over {@code /portfolio/orders/{order_id}}. A path no template matches is a 404; a path whose best
 * template lacks the method is a 405.
 *
 * <p>A router {@linkplain #pricedBy priced} by an endpoint-cost table keeps each route with its
 * {@link EndpointPrice}, looked up once when the route is added: routes and costs are one table,
 * a request is matched once, and the limiter charges the price the match carries. A trailing slash
 * is tolerated ({@code /markets/} routes as {@code /markets}). Thread-safe once built.
 */
public final class Router {

    /** A route and its price ({@code null} on an unpriced router). */
    private record Priced(Route route, EndpointPrice price) {
    }

    private final EndpointCosts costs;
    private final String costPrefix;
    private volatile PathTable<Priced> table = PathTable.empty();

    /** A router whose matches carry no price (the control plane's). */
    public Router() {
        this(null, "");
    }

    private Router(EndpointCosts costs, String costPrefix) {
        this.costs = costs;
        this.costPrefix = costPrefix;
    }

    /** A router pricing each route by {@code costs}, whose paths are the templates under {@code costPrefix}. */
    public static Router pricedBy(EndpointCosts costs, String costPrefix) {
        return new Router(Objects.requireNonNull(costs, "costs"), costPrefix);
    }

    /** Adds {@code route}. @throws IllegalArgumentException if its method and template are taken */
    public synchronized Router add(Route route) {
        EndpointPrice price = costs == null ? null : costs.priceOf(route.method(), costPrefix + route.template());
        try {
            table = table.plus(new PathTable.Entry<>(route.method(), PathTemplate.parse(route.template()),
                    new Priced(route, price)));
        } catch (IllegalArgumentException duplicate) {
            throw new IllegalArgumentException("duplicate route " + route.method() + " " + route.template(), duplicate);
        }
        return this;
    }

    /** Adds every route in {@code group}. */
    public Router addAll(List<Route> group) {
        group.forEach(this::add);
        return this;
    }

    /** Every route, in the order added. */
    public List<Route> routes() {
        return table.entries().stream().map(entry -> entry.value().route()).toList();
    }

    /**
     * The route for {@code method} and {@code path} (relative to the API prefix, still encoded).
     *
     * @throws ApiException 404 {@code not_found} or 405 {@code method_not_allowed}
     */
    public Match match(String method, String path) {
        if (!path.startsWith("/")) {
            throw ApiException.notFound("no such endpoint: " + path);
        }
        // A trailing slash is tolerated: "/markets/" routes as "/markets".
        String routed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        PathTable.Lookup<Priced> lookup = table.route(method, routed);
        if (lookup instanceof PathTable.Found<Priced> found) {
            Priced priced = found.entry().value();
            return new Match(priced.route(), decodeAll(found.rawParams()), priced.price());
        }
        if (lookup instanceof PathTable.MethodNotAllowed<Priced> refused) {
            throw new ApiException(405, "method_not_allowed", method + " is not allowed on " + refused.template().text()
                    + "; allowed: " + String.join(", ", refused.allowed()));
        }
        throw ApiException.notFound("no such endpoint: " + path);
    }

    /**
     * A matched route, its path parameters (percent-decoded) and its price.
     *
     * @param price what the route costs and which bucket pays, or {@code null} on an unpriced router
     */
    public record Match(Route route, Map<String, String> pathParams, EndpointPrice price) {
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
