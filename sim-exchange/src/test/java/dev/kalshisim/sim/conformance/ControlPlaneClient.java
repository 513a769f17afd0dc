package dev.kalshisim.sim.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The simulator's control plane ({@code /sim/v1}) over plain HTTP, as a test in any language
 * would call it: no Kalshi auth, JSON in and out.
 */
final class ControlPlaneClient {

    /** A member the control plane opened, with the PKCS#1 private key it generated. */
    record Member(String memberId, String apiKeyId, String privateKeyPem) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .proxy(HttpClient.Builder.NO_PROXY)
            .build();

    /** @param serverUrl {@code http://127.0.0.1:PORT}, without a path */
    ControlPlaneClient(String serverUrl) {
        this.baseUrl = serverUrl + "/sim/v1";
    }

    /** The control plane's URL, {@code http://127.0.0.1:PORT/sim/v1}. */
    String url() {
        return baseUrl;
    }

    /** Opens a member with {@code balanceDollars} at {@code tier}; the server generates the key pair. */
    Member openAccount(String balanceDollars, String tier) {
        JsonNode created = post("/accounts", Map.of("balance_dollars", balanceDollars, "tier", tier), 201);
        return new Member(text(created, "member_id"), text(created, "api_key_id"), text(created, "private_key_pem"));
    }

    /** Creates an open market (and its series and event when missing); returns the market object. */
    JsonNode createMarket(String ticker, String eventTicker, String seriesTicker, String title) {
        return post("/markets", Map.of("ticker", ticker, "event_ticker", eventTicker, "series_ticker", seriesTicker,
                "title", title), 201).path("market");
    }

    private JsonNode post(String path, Map<String, String> body, int expectedStatus) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException("POST " + baseUrl + path + " " + body + ": expected " + expectedStatus
                        + ", got " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + baseUrl + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during POST " + path, e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new IllegalStateException("control plane answer lacks " + field + ": " + node);
        }
        return value.asText();
    }
}
