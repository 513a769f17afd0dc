package dev.kalshisim.cli.record;

import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.auth.KalshiAuthHeaders;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.kalshi.client.Backoff;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;

/**
 * GETs from the REST API that keep the response body exactly as it came: the recorder stores what
 * the exchange said, not what a decoder understood (the typed {@code KalshiClient} drops fields it
 * does not know). Signs every request when it has a key. A 429 is waited out with the project's
 * {@link Backoff}, a few times; a network failure is one clear line.
 */
final class RawRest {

    /** One answer: the status, the body verbatim, and the path it came from (with its query). */
    record Answer(int status, String body, String path) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    private static final int RATE_LIMIT_RETRIES = 5;

    private final URI base;
    private final Credentials credentials;
    private final Clock clock;
    private final HttpClient http;
    private final Backoff backoff;
    private final Random jitter;

    RawRest(String restBase, Credentials credentials, Clock clock, Backoff backoff, Random jitter) {
        this.base = URI.create(restBase);
        this.credentials = credentials;
        this.clock = clock;
        this.backoff = backoff;
        this.jitter = jitter;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * GETs {@code relative} (e.g. {@code /markets/X/orderbook}) under the base URL.
     *
     * @throws RecordException when the server cannot be reached or the wait was interrupted
     */
    Answer get(String relative) {
        String path = base.getRawPath() + relative;
        for (int attempt = 0; ; attempt++) {
            Answer answer = send(path);
            if (answer.status() != 429 || attempt >= RATE_LIMIT_RETRIES) {
                return answer;
            }
            LockSupport.parkNanos(backoff.waitNanos(attempt, jitter));
        }
    }

    /** The path under the base URL that {@code relative} names, as the recording stores it. */
    String pathOf(String relative) {
        return base.getRawPath() + relative;
    }

    private Answer send(String path) {
        URI uri = base.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET();
        if (credentials != null) {
            String signedPath = uri.getRawPath();
            KalshiAuthHeaders.sign(credentials, clock, "GET", signedPath).asMap().forEach(request::header);
        }
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), path);
        } catch (IOException e) {
            throw new RecordException("cannot reach " + base + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecordException("interrupted while waiting for GET " + path, e);
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + " " + e.getMessage();
    }
}
