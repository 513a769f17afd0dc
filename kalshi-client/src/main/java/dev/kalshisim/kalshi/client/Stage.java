package dev.kalshisim.kalshi.client;

import java.util.concurrent.CompletableFuture;

/**
 * One step of the request chain (retry, error decoding, throttle, signing, transport), in the
 * manner of okhttp's interceptors: each stage does its part and hands the request to the next.
 *
 * <p>The future completes with the response, or exceptionally with a {@link KalshiException}.
 */
@FunctionalInterface
interface Stage {

    /** Sends {@code request} on, returning the eventual response. */
    CompletableFuture<ApiResponse> send(ApiRequest request);
}
