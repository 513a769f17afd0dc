package dev.kalshisim.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.auth.PemKeys;
import dev.kalshisim.core.auth.RequestSigner;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The WebSocket side of order groups and key management: {@code order_group_updates} tells a
 * member of each change of its own groups only (sequenced, schema-checked by {@link FeedClient}),
 * and a deleted API key opens no new connection while its open ones are closed, or kept when the
 * feed is configured so.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OrderGroupsAndKeysFeedIT {

    private static final String MKT = "OGF-1";

    private FeedHarness sim;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() {
        sim = new FeedHarness();
        sim.market(MKT);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void groupChangesReachTheirOwnerInOrder() {
        FeedHarness.Member alice = sim.member();
        FeedHarness.Member bob = sim.member();
        try (FeedClient aliceFeed = sim.connect(alice); FeedClient bobFeed = sim.connect(bob)) {
            // Kalshi ignores a market filter on this channel.
            aliceFeed.reply(aliceFeed.send("subscribe",
                    "{\"channels\":[\"order_group_updates\"],\"market_ticker\":\"" + MKT + "\"}"));
            bobFeed.reply(bobFeed.send("subscribe", "{\"channels\":[\"order_group_updates\"]}"));

            String group = sim.exchange().createOrderGroup(alice.memberId(), 0, Count.ofContracts(5)).orElseThrow().id();
            sim.exchange().placeOrder(PlaceOrder.bid(alice.memberId(), MKT, Price.ofCents(40), Count.ofContracts(8))
                    .withOrderGroupId(group));
            sim.exchange().placeOrder(PlaceOrder.ask(bob.memberId(), MKT, Price.ofCents(40), Count.ofContracts(5)));
            sim.exchange().resetOrderGroup(alice.memberId(), group, null).orElseThrow();
            sim.exchange().updateOrderGroupLimit(alice.memberId(), group, null, Count.ofContracts(7)).orElseThrow();
            sim.exchange().triggerOrderGroup(alice.memberId(), group, null).orElseThrow();
            sim.exchange().deleteOrderGroup(alice.memberId(), group, null).orElseThrow();

            List<JsonNode> updates = aliceFeed.drain().stream()
                    .filter(m -> m.path("type").asText().equals("order_group_updates")).toList();
            assertThat(updates).extracting(m -> m.get("msg").get("event_type").asText())
                    .containsExactly("created", "triggered", "reset", "limit_updated", "triggered", "deleted");
            assertThat(updates).extracting(m -> m.get("seq").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            assertThat(updates).allMatch(m -> m.get("msg").get("order_group_id").asText().equals(group)
                    && m.get("msg").get("ts_ms").asLong() == sim.clock.nowMillis());
            assertThat(updates.get(0).get("msg").get("contracts_limit_fp").asText()).isEqualTo("5.00");
            assertThat(updates.get(3).get("msg").get("contracts_limit_fp").asText()).isEqualTo("7.00");
            assertThat(updates.get(1).get("msg").has("contracts_limit_fp")).isFalse();
            assertThat(bobFeed.drain()).as("another member's group changes").isEmpty();
        }
    }

    @Test
    void aDeletedKeyOpensNoConnectionAndItsOpenOneIsClosed() throws InterruptedException {
        FeedHarness.Member alice = sim.member();
        Generated key = generate(alice);
        FeedClient connection = sim.connect(key.headers(sim.clock.nowMillis()));
        connection.reply(connection.send("subscribe", "{\"channels\":[\"order_group_updates\"]}"));

        assertThat(rest(alice, "DELETE", "/api_keys/" + key.member().apiKeyId(), null).statusCode()).isEqualTo(204);

        FeedClient.Closure closure = connection.awaitClose();
        assertThat(closure.statusCode()).isEqualTo(1008);
        assertThat(closure.reason()).isEqualTo("API key deleted");
        assertThat(sim.refusedUpgrade(key.headers(sim.clock.nowMillis())).statusCode()).isEqualTo(401);
        // The member's other key still connects.
        try (FeedClient other = sim.connect(alice)) {
            other.reply(other.send("list_subscriptions", null));
        }
    }

    @Test
    void theFeedCanLeaveADeletedKeysConnectionOpen() {
        sim.feed().closeConnectionsOfDeletedKeys(false);
        FeedHarness.Member alice = sim.member();
        Generated key = generate(alice);
        try (FeedClient connection = sim.connect(key.headers(sim.clock.nowMillis()))) {
            connection.reply(connection.send("subscribe", "{\"channels\":[\"order_group_updates\"]}"));
            assertThat(rest(alice, "DELETE", "/api_keys/" + key.member().apiKeyId(), null).statusCode()).isEqualTo(204);

            sim.exchange().createOrderGroup(alice.memberId(), 0, Count.ofContracts(3)).orElseThrow();
            assertThat(connection.drain()).extracting(m -> m.get("msg").get("event_type").asText())
                    .containsExactly("created");
            assertThat(connection.isClosed()).isFalse();
            assertThat(sim.refusedUpgrade(key.headers(sim.clock.nowMillis())).statusCode()).isEqualTo(401);
        }
    }

    /** A key generated over REST, with its private key. */
    private record Generated(FeedHarness.Member member, RequestSigner signer) {
        Map<String, String> headers(long timestampMillis) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("KALSHI-ACCESS-KEY", member.apiKeyId());
            headers.put("KALSHI-ACCESS-TIMESTAMP", Long.toString(timestampMillis));
            headers.put("KALSHI-ACCESS-SIGNATURE", signer.sign(timestampMillis, "GET", FeedHarness.WS_PATH));
            return headers;
        }
    }

    private Generated generate(FeedHarness.Member member) {
        HttpResponse<String> reply = rest(member, "POST", "/api_keys/generate", "{\"name\":\"feed bot\"}");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        JsonNode body = FeedHarness.read(reply.body());
        return new Generated(new FeedHarness.Member(member.memberId(), body.get("api_key_id").asText()),
                new RequestSigner(PemKeys.readPrivateKey(body.get("private_key").asText())));
    }

    /** A REST call signed with the harness's shared key (every harness member's first key). */
    private HttpResponse<String> rest(FeedHarness.Member member, String method, String path, String json) {
        String fullPath = "/trade-api/v2" + path;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(sim.baseUrl() + fullPath));
        sim.signedHeaders(member, sim.clock.nowMillis(), method, fullPath).forEach(builder::header);
        builder.header("Content-Type", "application/json");
        builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
