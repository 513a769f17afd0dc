package dev.kalshisim.sim.server.http;

import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * One method and path template under the API prefix, and what answers it.
 *
 * @param method the HTTP method, upper case
 * @param template Kalshi's path template without the prefix, e.g. {@code /markets/{ticker}}
 * @param access whether a signature is required
 * @param batchItems for batch endpoints, how many items the request carries (its cost is per item);
 *     {@code null} for single requests
 * @param endpoint the handler
 */
public record Route(String method, String template, Access access, ToIntFunction<RouteRequest> batchItems,
                    Endpoint endpoint) {

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(endpoint, "endpoint");
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a template starts with '/': " + template);
        }
    }

    /** A route answered without auth. */
    public static Route open(String method, String template, Endpoint endpoint) {
        return new Route(method, template, Access.PUBLIC, null, endpoint);
    }

    /** A route that needs a signed request. */
    public static Route signed(String method, String template, Endpoint endpoint) {
        return new Route(method, template, Access.SIGNED, null, endpoint);
    }

    /** A signed batch route, charged per item of the body's {@code itemsField} array. */
    public static Route signedBatch(String method, String template, String itemsField, Endpoint endpoint) {
        // A body that is not even JSON is still charged as one item: the 400 it earns costs tokens too.
        return new Route(method, template, Access.SIGNED, request -> Math.max(1, countItems(request, itemsField)), endpoint);
    }

    /** Whether this route is charged per batch item. */
    public boolean isBatch() {
        return batchItems != null;
    }

    /** The template's segments, without the empty one before the first '/'. */
    List<String> segments() {
        return Router.split(template);
    }

    private static int countItems(RouteRequest request, String itemsField) {
        try {
            return JsonBody.parse(request.body()).arrayLength(itemsField);
        } catch (ApiException malformed) {
            return 0;
        }
    }
}
