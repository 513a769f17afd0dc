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
public record ApiResponse(int status, Object body, Map<String, String> headers) {

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    /** 200 with {@code body}. */
    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, body, Map.of());
    }

    /** 201 with {@code body}, the answer to every create. */
    public static ApiResponse created(Object body) {
        return new ApiResponse(201, body, Map.of());
    }

    /** 204 with no body, as cancel-all answers. */
    public static ApiResponse noContent() {
        return new ApiResponse(204, null, Map.of());
    }

    /** This response with {@code name: value} added to its headers. */
    public ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, body, more);
    }
}
