package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * An in-memory stand-in for the HTTP transport: answers each request with a handler and records
 * what was sent and at what clock time, so tests can check pacing on a virtual clock exactly.
 */
final class ScriptedTransport implements Stage {

    /** One request as it reached the transport. */
    record Sent(long atNanos, ApiRequest request) {
        String line() {
            String query = request.encodedQuery();
            return request.method() + " " + request.path() + (query.isEmpty() ? "" : "?" + query);
        }
    }

    private final Clock clock;
    private final Function<ApiRequest, ApiResponse> handler;
    private final List<Sent> sent = new ArrayList<>();

    ScriptedTransport(Clock clock, Function<ApiRequest, ApiResponse> handler) {
        this.clock = clock;
        this.handler = handler;
    }

    @Override
    public synchronized CompletableFuture<ApiResponse> send(ApiRequest request) {
        sent.add(new Sent(clock.nowNanos(), request));
        return CompletableFuture.completedFuture(handler.apply(request));
    }

    synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    synchronized List<Sent> sent(String method, String pathPrefix) {
        return sent.stream().filter(s -> s.request().method().equals(method) && s.request().path().startsWith(pathPrefix)).toList();
    }

    static ApiResponse json(int status, String body) {
        return new ApiResponse(status, Map.of("content-type", List.of("application/json")), body);
    }
}
