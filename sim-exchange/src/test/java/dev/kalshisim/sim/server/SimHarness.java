package dev.kalshisim.sim.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.auth.RequestSigner;
import dev.kalshisim.core.auth.TestKeys;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.sim.control.client.OpenedAccount;
import dev.kalshisim.sim.embedded.EmbeddedSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The server tests' convenience over {@link EmbeddedSimulator} (127.0.0.1, ephemeral port, a
 * virtual clock): members that sign through {@link SimMember}, and raw HTTP calls for tests that
 * check the control plane's and the API's answers themselves.
 *
 * <p>Members share the seeded {@link TestKeys#FIRST} pair (registered through the control plane's
 * {@code public_key_pem}), since generating a 2048-bit pair per member would dominate test time;
 * each still has its own API key id.
 */
final class SimHarness implements AutoCloseable {

    /** 2026-09-01T12:00:00Z. */
    static final long START_MILLIS = 1_788_264_000_000L;

    final VirtualClock clock = VirtualClock.atMillis(START_MILLIS);
    final EmbeddedSimulator simulator;
    final KalshiSimServer server;
    private final HttpClient http = SimMember.newClient();

    SimHarness() {
        this(ServerConfig.defaults());
    }

    /** A harness whose server runs {@code config} on this harness's virtual clock. */
    SimHarness(ServerConfig config) {
        this.simulator = EmbeddedSimulator.start(config.withClock(clock));
        this.server = simulator.server();
    }

    String baseUrl() {
        return simulator.serverUrl();
    }

    long nowMillis() {
        return clock.nowMillis();
    }

    /** Opens an account with {@code balanceDollars} at {@code tier}, keyed with the shared key pair. */
    SimMember member(String balanceDollars, String tier) {
        OpenedAccount account = simulator.control().openAccount(balanceDollars, tier, sharedPublicKeyPem());
        return new SimMember(account.memberId(), account.apiKeyId(), new RequestSigner(TestKeys.FIRST.getPrivate()),
                this);
    }

    /** The PEM public key every harness member is registered with, for control-plane calls that open accounts. */
    static String sharedPublicKeyPem() {
        return TestKeys.firstPublicKeyPem();
    }

    /** A basic-tier member with $1,000. */
    SimMember member() {
        return member("1000.00", "basic");
    }

    /** Creates an open market {@code ticker} in event {@code ticker-EV} of series {@code SIM}. */
    JsonNode market(String ticker) {
        return simulator.control().createMarket(ticker, ticker + "-EV", "SIM", "Test market " + ticker);
    }

    /** Moves the server's virtual clock forward. */
    void advanceMillis(long millis) {
        simulator.advanceClock(Duration.ofMillis(millis));
    }

    /** The engine's broken invariants, through the control plane; empty when sound. */
    List<String> violations() {
        return simulator.invariantViolations();
    }

    /** A control-plane call; {@code json} may be {@code null}. */
    Reply control(String method, String path, String json) {
        return raw(method, "/sim/v1" + path, json);
    }

    /** An unsigned call to any path on the server. */
    Reply raw(String method, String path, String json) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).method(method, body).build());
    }

    Reply send(HttpRequest request) {
        return send(http, request);
    }

    static Reply send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Unsigned calls to any server, for tests that need a server this harness did not start. */
    record Raw(String baseUrl) {
        Reply send(String method, String path, String json) {
            HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
            return SimHarness.send(SimMember.newClient(),
                    HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method, body).build());
        }
    }

    static void check(Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + " but got " + reply);
        }
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Override
    public void close() {
        simulator.close();
    }
}
