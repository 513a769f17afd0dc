package dev.kalshisim.sim.server.http;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request as the Kalshi pipeline sees it, detached from Jetty so every stage (router,
 * auth, limits, handlers) can be tested without a socket. Named for the router it is matched by,
 * apart from the client's own request type.
 *
 * @param method the HTTP method, upper case
 * @param path the path exactly as sent, still percent-encoded, without the query: what Kalshi signs
 * @param query the decoded query parameters, each name with its values in order
 * @param body the raw body bytes, empty when none was sent
 * @param headers the request headers by lower-case name (first value only)
 * @param remoteAddress the client's IP address, for per-address limits
 */
public record RouteRequest(String method, String path, QueryParams query, byte[] body,
                         Map<String, String> headers, String remoteAddress) {

    public RouteRequest {
        method = method.toUpperCase(Locale.ROOT);
        // One copy per request: a hash map (not a sorted one), lower-cased names, first value kept.
        HashMap<String, String> lower = new HashMap<>(headers.size() * 2);
        headers.forEach((name, value) -> lower.putIfAbsent(name.toLowerCase(Locale.ROOT), value));
        headers = Collections.unmodifiableMap(lower);
    }

    /** A request with no headers and no body, from 127.0.0.1; for tests. */
    public static RouteRequest of(String method, String path) {
        return new RouteRequest(method, path, QueryParams.EMPTY, new byte[0], Map.of(), "127.0.0.1");
    }

    /** The first value of header {@code name} (any case), or {@code null}. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

}
