package dev.kalshisim.sim.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.core.auth.RequestSigner;
import dev.kalshisim.core.auth.TestKeys;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.sim.control.client.OpenedAccount;
import dev.kalshisim.sim.embedded.EmbeddedSimulator;
import dev.kalshisim.sim.engine.Exchange;
import dev.kalshisim.sim.server.KalshiSimServer;
import dev.kalshisim.sim.server.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * The feed tests' convenience over {@link EmbeddedSimulator} (127.0.0.1, ephemeral port, a virtual
 * clock): open members and markets through the control plane, place orders through the engine
 * facade, read REST, and open really signed WebSocket connections.
 *
 * <p>Members share the seeded {@link TestKeys#FIRST} pair, each with its own API key id.
 */
final class FeedHarness implements AutoCloseable {

    /** 2026-09-01T12:00:00Z. */
    static final long START_MILLIS = 1_788_264_000_000L;
    static final String WS_PATH = EmbeddedSimulator.WEB_SOCKET_PATH;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaValidator SCHEMAS = SchemaValidator.load();

    /** A member as a bot sees it. */
    record Member(String memberId, String apiKeyId) {
    }

    final VirtualClock clock = VirtualClock.atMillis(START_MILLIS);
    final EmbeddedSimulator simulator;
    final KalshiSimServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final RequestSigner signer = new RequestSigner(TestKeys.FIRST.getPrivate());

    FeedHarness() {
        this.simulator = EmbeddedSimulator.start(ServerConfig.defaults().withClock(clock));
        this.server = simulator.server();
    }

    Exchange exchange() {
        return server.state().exchange();
    }

    KalshiFeed feed() {
        return server.feed();
    }

    /** Opens an account with $1,000,000, keyed with the shared key pair. */
    Member member() {
        OpenedAccount account = simulator.control().openAccount("1000000.00", "basic", TestKeys.firstPublicKeyPem());
        return new Member(account.memberId(), account.apiKeyId());
    }

    /** Creates an open market {@code ticker} in event {@code ticker-EV} of series {@code FEED}. */
    void market(String ticker) {
        simulator.control().createMarket(ticker, ticker + "-EV", "FEED", "Feed test " + ticker);
    }

    /** A control-plane call that must answer {@code status}; returns the JSON body. */
    JsonNode control(String method, String path, String json, int status) {
        return simulator.control().send(method, path, json == null ? null : read(json), status);
    }

    /** An unsigned GET of a Kalshi REST path (under {@code /trade-api/v2}). */
    JsonNode restGet(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/trade-api/v2" + path))
                .GET().build());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return read(response.body());
    }

    /** Opens a WebSocket as {@code member}, signed now on the server's clock. */
    FeedClient connect(Member member) {
        return connect(signedHeaders(member, clock.nowMillis(), "GET", WS_PATH));
    }

    /** Opens a WebSocket with exactly {@code headers}; a refused upgrade throws {@link CompletionException}. */
    FeedClient connect(Map<String, String> headers) {
        FeedClient client = new FeedClient(SCHEMAS);
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        headers.forEach(builder::header);
        WebSocket socket = builder.buildAsync(wsUri(), client.listener())
                .orTimeout(FeedClient.WAIT_SECONDS, TimeUnit.SECONDS).join();
        client.opened(socket);
        return client;
    }

    /** The HTTP status of a refused upgrade with {@code headers}; fails if the upgrade succeeds. */
    HttpResponse<?> refusedUpgrade(Map<String, String> headers) {
        FeedClient accepted;
        try {
            accepted = connect(headers);
        } catch (CompletionException refused) {
            if (refused.getCause() instanceof WebSocketHandshakeException handshake) {
                return handshake.getResponse();
            }
            throw refused;
        }
        accepted.close();
        throw new AssertionError("the upgrade was accepted");
    }

    /** The three Kalshi auth headers for {@code method} and {@code path}, signed at {@code timestampMillis}. */
    Map<String, String> signedHeaders(Member member, long timestampMillis, String method, String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("KALSHI-ACCESS-KEY", member.apiKeyId());
        headers.put("KALSHI-ACCESS-TIMESTAMP", Long.toString(timestampMillis));
        headers.put("KALSHI-ACCESS-SIGNATURE", signer.sign(timestampMillis, method, path));
        return headers;
    }

    URI wsUri() {
        return simulator.webSocketUrl();
    }

    String baseUrl() {
        return simulator.serverUrl();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        simulator.close();
    }
}
