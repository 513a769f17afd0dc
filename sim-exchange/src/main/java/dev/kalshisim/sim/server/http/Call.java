package dev.kalshisim.sim.server.http;

import java.util.Map;
import java.util.Objects;

/**
 * A routed request: what the handler needs to answer it.
 *
 * @param request the request
 * @param route the route it matched
 * @param pathParams the template's {@code {name}} values, percent-decoded
 * @param caller who signed it, or {@code null} for an unsigned call to a public route
 * @param parsedBody the request's body, parsed at most once for every reader (the limiter's batch
 *     count and the handler)
 */
public record Call(RouteRequest request, Route route, Map<String, String> pathParams, Caller caller,
                   RequestBody parsedBody) {

    public Call {
        pathParams = Map.copyOf(pathParams);
        Objects.requireNonNull(parsedBody, "parsedBody");
    }

    /** A call whose body nobody has parsed yet. */
    public Call(RouteRequest request, Route route, Map<String, String> pathParams, Caller caller) {
        this(request, route, pathParams, caller, RequestBody.of(request.body()));
    }

    /** The value of path parameter {@code name}. */
    public String path(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("route " + route.template() + " has no parameter " + name);
        }
        return value;
    }

    /** The query parameters. */
    public QueryParams query() {
        return request.query();
    }

    /** The body as a required JSON object. */
    public JsonBody body() {
        return JsonBody.parse(parsedBody);
    }

    /**
     * The required body as a Kalshi wire record, from the same parse as every other reader.
     *
     * @throws ApiException 400 as {@link Json#read(RequestBody, Class)} says
     */
    public <T> T read(Class<T> type) {
        return Json.read(parsedBody, type);
    }

    /** The signed caller. @throws ApiException 401 on a public route called without auth */
    public Caller requireCaller() {
        if (caller == null) {
            throw ApiException.unauthorized("this endpoint needs an authenticated request");
        }
        return caller;
    }

    /** The member who signed the call. */
    public String memberId() {
        return requireCaller().memberId();
    }

    /** This call attributed to {@code signer}. */
    public Call withCaller(Caller signer) {
        return new Call(request, route, pathParams, signer, parsedBody);
    }
}
