package dev.kalshisim.junit5;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kalshisim.core.wire.KalshiJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The simulator's control plane ({@code /sim/v1}) over plain HTTP: JSON in and out, no Kalshi auth.
 * Every call names its expected status; any other answer is an {@link IllegalStateException}
 * carrying the server's body, since a test cannot go on after its setup failed. Thread-safe.
 */
final class ControlPlaneClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String url;
    // No proxy: a CI machine's proxy settings must not send loopback traffic elsewhere.
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .proxy(HttpClient.Builder.NO_PROXY)
            .build();
    private final ObjectMapper json = KalshiJson.mapper();

    /** @param serverUrl {@code http://127.0.0.1:PORT}, without a path */
    ControlPlaneClient(String serverUrl) {
        this.url = serverUrl + "/sim/v1";
    }

    ObjectNode newObject() {
        return json.createObjectNode();
    }

    <T> T convert(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the control plane's answer as " + type.getSimpleName()
                    + ": " + node, e);
        }
    }

    JsonNode get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, 200);
    }

    JsonNode post(String path, JsonNode body, int expectedStatus) {
        return send("POST", path, body, expectedStatus);
    }

    JsonNode delete(String path) {
        return send("DELETE", path, null, 200);
    }

    private JsonNode send(String method, String path, JsonNode body, int expectedStatus) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .method(method, publisher)
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + url + path, e);
        }
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException(method + " " + url + path + (body == null ? "" : " " + body)
                    + ": expected " + expectedStatus + ", got " + response.statusCode() + " " + response.body());
        }
        try {
            return response.body().isEmpty() ? newObject() : json.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(method + " " + url + path + " answered invalid JSON: " + response.body(),
                    e);
        }
    }
}
