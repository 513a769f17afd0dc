package dev.kalshisim.sim.control.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kalshisim.core.wire.KalshiJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The simulator's control plane ({@code /sim/v1}) over plain HTTP: JSON in and out, no Kalshi auth.
 *
 * <p>Every call names the status it expects; any other answer is an {@link IllegalStateException}
 * carrying the server's body, since a test cannot go on after its setup failed. The typed calls
 * cover what tests set up most (accounts, markets, the clock, reset, invariants); {@link #send}
 * reaches every other control-plane path. Thread-safe.
 */
public final class ControlPlaneClient {

    /** The path every control-plane route sits under. */
    public static final String PATH = "/sim/v1";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String url;
    // No proxy: a CI machine's proxy settings must not send loopback traffic elsewhere.
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .proxy(HttpClient.Builder.NO_PROXY)
            .build();
    private final ObjectMapper json = KalshiJson.mapper();

    /** @param serverUrl the simulator's root, {@code http://127.0.0.1:PORT}, without a path */
    public ControlPlaneClient(String serverUrl) {
        this.url = Objects.requireNonNull(serverUrl, "serverUrl") + PATH;
    }

    /** The control plane's URL, {@code http://127.0.0.1:PORT/sim/v1}. */
    public String url() {
        return url;
    }

    /**
     * Opens an account holding {@code balanceDollars} (e.g. {@code "1000.00"}) at {@code tier}
     * (its wire name, e.g. {@code basic}); the simulator generates the RSA key and answers its
     * private half.
     */
    public OpenedAccount openAccount(String balanceDollars, String tier, boolean directMember) {
        ObjectNode body = newObject()
                .put("balance_dollars", balanceDollars)
                .put("tier", tier)
                .put("direct_member", directMember);
        return opened(post("/accounts", body, 201));
    }

    /**
     * Opens an account as {@link #openAccount(String, String, boolean)} does, registered with
     * {@code publicKeyPem}: the caller keeps the private key, so none is answered and no key is
     * generated (generation is the slow part of opening an account).
     */
    public OpenedAccount openAccount(String balanceDollars, String tier, String publicKeyPem) {
        ObjectNode body = newObject()
                .put("balance_dollars", balanceDollars)
                .put("tier", tier)
                .put("public_key_pem", Objects.requireNonNull(publicKeyPem, "publicKeyPem"));
        return opened(post("/accounts", body, 201));
    }

    /** Creates an open market, with its series and event when missing; returns the market object. */
    public JsonNode createMarket(String ticker, String eventTicker, String seriesTicker, String title) {
        ObjectNode body = newObject()
                .put("ticker", ticker)
                .put("event_ticker", eventTicker)
                .put("series_ticker", seriesTicker)
                .put("title", title);
        return post("/markets", body, 201).path("market");
    }

    /** Settles {@code ticker} to {@code result} ({@code yes} or {@code no}); returns the whole answer. */
    public JsonNode settle(String ticker, String result) {
        return post("/markets/" + encode(ticker) + "/settle", newObject().put("result", result), 200);
    }

    /** Moves a virtual server clock forward; the server refuses this on wall-clock time. */
    public void advanceClock(Duration duration) {
        post("/clock/advance", newObject().put("millis", duration.toMillis()), 200);
    }

    /** Forgets every member, key, market, order, bucket, journal entry and fault. */
    public void reset() {
        post("/reset", newObject(), 200);
    }

    /** The engine's broken invariants, empty when the books and ledger agree. */
    public List<String> invariantViolations() {
        List<String> violations = new ArrayList<>();
        for (JsonNode violation : get("/invariants").path("violations")) {
            violations.add(violation.asText());
        }
        return violations;
    }

    /** An empty JSON object to build a request body in. */
    public ObjectNode newObject() {
        return json.createObjectNode();
    }

    /** Reads an answer (or a part of one) as {@code type}, with Kalshi's JSON rules. */
    public <T> T convert(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the control plane's answer as " + type.getSimpleName()
                    + ": " + node, e);
        }
    }

    /** {@code GET} of {@code pathAndQuery} (relative to {@code /sim/v1}), which must answer 200. */
    public JsonNode get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, 200);
    }

    /** {@code POST} of {@code body} to {@code path}, which must answer {@code expectedStatus}. */
    public JsonNode post(String path, JsonNode body, int expectedStatus) {
        return send("POST", path, body, expectedStatus);
    }

    /** {@code DELETE} of {@code path}, which must answer 200. */
    public JsonNode delete(String path) {
        return send("DELETE", path, null, 200);
    }

    /**
     * One control-plane call; {@code body} may be {@code null}. Answers the JSON body (an empty
     * object for an empty body), or throws when the status is not {@code expectedStatus}.
     */
    public JsonNode send(String method, String path, JsonNode body, int expectedStatus) {
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

    @Override
    public String toString() {
        return "ControlPlaneClient[" + url + "]";
    }

    private static OpenedAccount opened(JsonNode created) {
        JsonNode privateKey = created.get("private_key_pem");
        return new OpenedAccount(required(created, "member_id"), required(created, "api_key_id"),
                privateKey == null || privateKey.isNull() ? null : privateKey.asText());
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new IllegalStateException("control plane answer lacks " + field + ": " + node);
        }
        return value.asText();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
