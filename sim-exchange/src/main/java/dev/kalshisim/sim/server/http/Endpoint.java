package dev.kalshisim.sim.server.http;

/** Answers one routed request; throws {@link ApiException} to refuse it. */
@FunctionalInterface
public interface Endpoint {

    /** Returns the response to {@code call}. */
    RouteResponse handle(Call call);
}
