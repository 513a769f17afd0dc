package dev.kalshisim.kalshi.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The last stage: sends a request with {@code java.net.http} and returns whatever status came
 * back. It never throws for a status; an {@link IOException} becomes a
 * {@link KalshiTransportException} that says whether the server may have seen the request.
 */
final class HttpTransport implements Stage {

    private final HttpClient httpClient;
    private final BaseUrl baseUrl;
    private final Duration requestTimeout;

    HttpTransport(HttpClient httpClient, BaseUrl baseUrl, Duration requestTimeout) {
        this.httpClient = httpClient;
        this.baseUrl = baseUrl;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public CompletableFuture<ApiResponse> send(ApiRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(baseUrl.uriOf(request))
                .timeout(requestTimeout)
                .header("Accept", "application/json");
        request.headers().forEach(builder::header);
        if (request.body() != null) {
            builder.header("Content-Type", "application/json")
                    .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        } else {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        CompletableFuture<HttpResponse<String>> sent;
        try {
            sent = httpClient.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(
                    new KalshiTransportException(describe(request) + " could not be sent: " + e, false, e));
        }
        return sent.handle((response, failure) -> {
            if (failure != null) {
                throw asTransportFailure(request, failure);
            }
            return new ApiResponse(response.statusCode(), lowerCaseNames(response.headers().map()), response.body());
        });
    }

    private static CompletionException asTransportFailure(ApiRequest request, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        // Refused or timed-out connects never reached the server; anything later (reset, read timeout) might have.
        boolean mayHaveBeenSent = !(cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException);
        String what = cause instanceof HttpTimeoutException && mayHaveBeenSent ? "timed out waiting for the response" : "failed";
        return new CompletionException(new KalshiTransportException(
                describe(request) + " " + what + ": " + cause, mayHaveBeenSent, cause));
    }

    private static Map<String, List<String>> lowerCaseNames(Map<String, List<String>> headers) {
        Map<String, List<String>> lower = new HashMap<>();
        headers.forEach((name, values) -> lower.merge(name.toLowerCase(Locale.ROOT), values, (a, b) -> {
            List<String> both = new java.util.ArrayList<>(a);
            both.addAll(b);
            return both;
        }));
        return lower;
    }

    static String describe(ApiRequest request) {
        return request.method() + " " + request.path();
    }
}
