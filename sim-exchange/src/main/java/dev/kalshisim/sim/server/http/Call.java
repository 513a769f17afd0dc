package dev.kalshisim.sim.server.http;

import java.util.Map;

/**
 * A routed request: what the handler needs to answer it.
 *
 * @param request the request
 * @param route the route it matched
 * @param pathParams the template's {@code {name}} values, percent-decoded
 * @param caller who signed it, or {@code null} for an unsigned call to a public route
 */
public record Call(RouteRequest request, Route route, Map<String, String> pathParams, Caller caller) {

    public Call {
        pathParams = Map.copyOf(pathParams);
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
        return JsonBody.parse(request.body());
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
        return new Call(request, route, pathParams, signer);
    }
}
