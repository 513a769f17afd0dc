package dev.kalshisim.kalshi.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * GETs whose answers are kept as text, byte for byte, for tools that store what Kalshi sent
 * (recorders, backfills). They travel the same chain as every call: retries, throttle, signing.
 * Thread-safe.
 */
public final class RawReads {

    private final RestCaller caller;

    RawReads(RestCaller caller) {
        this.caller = caller;
    }

    /**
     * One answer kept verbatim.
     *
     * @param path the path as Kalshi's tables spell it, with its encoded query
     *             ({@code /trade-api/v2/markets/trades?ticker=A&limit=1000})
     * @param body the response body, unchanged
     */
    public record Body(String path, String body) {
    }

    /** {@code GET path?query} below the base URL ({@code /markets/trades}), query in order. */
    public CompletableFuture<Body> getAsync(String path, List<Map.Entry<String, String>> query) {
        List<ApiRequest.Param> params = new ArrayList<>();
        query.forEach(entry -> params.add(new ApiRequest.Param(entry.getKey(), entry.getValue())));
        ApiRequest request = ApiRequest.get(path, params);
        String encoded = request.encodedQuery();
        String fullPath = request.apiPath() + (encoded.isEmpty() ? "" : "?" + encoded);
        return caller.send(request).thenApply(response -> new Body(fullPath, response.body()));
    }

    public Body get(String path, List<Map.Entry<String, String>> query) {
        return RestCaller.await(getAsync(path, query));
    }

    /** Percent-encodes one path segment (a ticker), so it cannot change the path's shape. */
    public static String segment(String value) {
        return ApiRequest.segment(value);
    }
}
