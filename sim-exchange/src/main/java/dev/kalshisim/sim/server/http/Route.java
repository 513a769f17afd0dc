package dev.kalshisim.sim.server.http;

import dev.kalshisim.core.limits.EndpointPrice;
import java.util.Objects;

/**
 * One method and path template under the API prefix, and what answers it.
 *
 * @param method the HTTP method, upper case
 * @param template Kalshi's path template without the prefix, e.g. {@code /markets/{ticker}}
 * @param access whether a signature is required
 * @param batchItemsField for batch endpoints, the body's array whose items are charged one by one;
 *     {@code null} for single requests
 * @param endpoint the handler
 */
public record Route(String method, String template, Access access, String batchItemsField, Endpoint endpoint) {

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
        return new Route(method, template, Access.SIGNED, Objects.requireNonNull(itemsField, "itemsField"), endpoint);
    }

    /** Whether this route is charged per batch item. */
    public boolean isBatch() {
        return batchItemsField != null;
    }

    /**
     * The items a request to this route is charged for, from its (once-parsed) body:
     * {@link EndpointPrice#SINGLE} for a single-request route. A batch body that is not even JSON
     * is still charged as one item: the 400 it earns costs tokens too.
     */
    public int batchItems(RequestBody body) {
        return isBatch() ? Math.max(1, body.arrayLength(batchItemsField)) : EndpointPrice.SINGLE;
    }
}
