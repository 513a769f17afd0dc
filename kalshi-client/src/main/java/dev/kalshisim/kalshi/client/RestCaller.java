package dev.kalshisim.kalshi.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.core.wire.KalshiJson;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BiPredicate;

/**
 * What the endpoint views share: sending a request through the retrying chain, JSON in and out,
 * and waiting for a future on behalf of the synchronous methods.
 */
final class RestCaller {

    private final Stage chain;
    private final Retrier retrier;
    private final ObjectMapper json = KalshiJson.mapper();

    /**
     * @param chain error decoding, throttle, signing and transport, in that order
     * @param retrier the retry loop around the chain
     */
    RestCaller(Stage chain, Retrier retrier) {
        this.chain = chain;
        this.retrier = retrier;
    }

    Retrier retrier() {
        return retrier;
    }

    /** Sends {@code request} once through the chain, no retries. */
    CompletableFuture<ApiResponse> sendOnce(ApiRequest request) {
        return chain.send(request);
    }

    /** Sends {@code request} with the retry rules of its kind. */
    CompletableFuture<ApiResponse> send(ApiRequest request) {
        return send(request, (failure, attempt) -> RetryRules.retryable(request.kind(), failure));
    }

    /** Sends {@code request}, retrying when {@code retryable} says so. */
    CompletableFuture<ApiResponse> send(ApiRequest request, BiPredicate<Throwable, Integer> retryable) {
        return retrier.run(attempt -> chain.send(request), retryable);
    }

    /** A GET whose body is read as {@code type}. */
    <T> CompletableFuture<T> get(String path, List<ApiRequest.Param> query, Class<T> type) {
        ApiRequest request = ApiRequest.get(path, query);
        return send(request).thenApply(response -> read(request, response, type));
    }

    /** A write of {@code body} (may be null) whose answer is read as {@code type} (Void for none). */
    <T> CompletableFuture<T> write(String method, String path, List<ApiRequest.Param> query, Object body, RequestKind kind,
            int batchItems, Class<T> type) {
        ApiRequest request = ApiRequest.write(method, path, query, body == null ? null : toJson(body), kind, batchItems);
        return send(request).thenApply(response -> read(request, response, type));
    }

    String toJson(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request body as JSON: " + e.getOriginalMessage(), e);
        }
    }

    <T> T read(ApiRequest request, ApiResponse response, Class<T> type) {
        if (type == Void.class) {
            return null;
        }
        try {
            return json.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new KalshiDecodingException(HttpTransport.describe(request) + " answered HTTP " + response.status()
                    + " with a body that is not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Waits for {@code future} on behalf of a synchronous method, rethrowing its
     * {@link KalshiException} (or other unchecked failure) as is.
     */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new KalshiTransportException("interrupted while waiting for the response; the request may have been sent",
                    true, e);
        } catch (ExecutionException e) {
            Throwable cause = Retrier.unwrap(e.getCause());
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new KalshiTransportException("request failed: " + cause, true, cause);
        } catch (CancellationException e) {
            throw new KalshiTransportException("the request was cancelled", true, e);
        }
    }
}
