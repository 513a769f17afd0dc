package dev.kalshisim.sim.server;

import dev.kalshisim.core.auth.RequestSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * A member of the simulated exchange as a bot sees it: an API key and a private key, sending
 * really signed requests over HTTP to the running server. Paths are relative to
 * {@code /trade-api/v2}. The signing timestamp is the server's (virtual) clock, as a bot on the
 * same clock would use.
 */
final class SimMember {

    final String memberId;
    final String apiKeyId;
    private final RequestSigner signer;
    private final SimHarness harness;

    SimMember(String memberId, String apiKeyId, RequestSigner signer, SimHarness harness) {
        this.memberId = memberId;
        this.apiKeyId = apiKeyId;
        this.signer = signer;
        this.harness = harness;
    }

    /** The key this member signs with (shared by every harness member). */
    RequestSigner signer() {
        return signer;
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, json);
    }

    Reply delete(String path) {
        return send("DELETE", path, null);
    }

    Reply delete(String path, String json) {
        return send("DELETE", path, json);
    }

    /** Sends a signed request; {@code json} may be {@code null} for no body. */
    Reply send(String method, String path, String json) {
        return harness.send(signed(method, path, json, harness.nowMillis()));
    }

    /** A signed request built with a chosen timestamp, for auth tests. */
    HttpRequest signed(String method, String path, String json, long timestampMillis) {
        String fullPath = "/trade-api/v2" + path;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(harness.baseUrl() + fullPath))
                .header("KALSHI-ACCESS-KEY", apiKeyId)
                .header("KALSHI-ACCESS-TIMESTAMP", Long.toString(timestampMillis))
                .header("KALSHI-ACCESS-SIGNATURE", signer.sign(timestampMillis, method, fullPath));
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        return builder.method(method, body).build();
    }

    /** Places a GTC V2 order; returns the reply (201 on success). */
    Reply order(String ticker, String side, String price, String count) {
        return post("/portfolio/events/orders", """
                {"ticker":"%s","side":"%s","price":"%s","count":"%s",
                 "time_in_force":"good_till_canceled","self_trade_prevention_type":"taker_at_cross"}"""
                .formatted(ticker, side, price, count));
    }

    @Override
    public String toString() {
        return "member " + memberId;
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }
}
