package dev.kalshisim.sim.server.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a handler answers: a status, a JSON body (any value Jackson can write, or {@code null} for
 * none) and extra headers.
 *
 * @param status the HTTP status
 * @param body the value to serialize as JSON, or {@code null} for an empty body (204)
 * @param headers extra response headers, in insertion order
 */
public record RouteResponse(int status, Object body, Map<String, String> headers) {

    public RouteResponse {
        headers = Map.copyOf(headers);
    }

    /** 200 with {@code body}. */
    public static RouteResponse ok(Object body) {
        return new RouteResponse(200, body, Map.of());
    }

    /** 201 with {@code body}, the answer to every create. */
    public static RouteResponse created(Object body) {
        return new RouteResponse(201, body, Map.of());
    }

    /** 204 with no body, as cancel-all answers. */
    public static RouteResponse noContent() {
        return new RouteResponse(204, null, Map.of());
    }

    /** This response with {@code name: value} added to its headers. */
    public RouteResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new RouteResponse(status, body, more);
    }
}
