package dev.kalshisim.sim.feed;

import dev.kalshisim.sim.wire.MarketIds;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The four commands, their replies and Kalshi's error codes, over a real signed connection. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FeedCommandsIT {

    private static FeedHarness sim;
    private static FeedHarness.Member member;

    @BeforeAll
    static void start() {
        sim = new FeedHarness();
        sim.market("CMD-A");
        sim.market("CMD-B");
        sim.market("CMD-C");
        member = sim.member();
        sim.exchange().placeOrder(PlaceOrder.bid(member.memberId(), "CMD-A", Price.ofCents(40), Count.ofContracts(5)));
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void subscribeRepliesOncePerChannelWithIdEchoedThenSnapshotFirst() {
        try (FeedClient client = sim.connect(member)) {
            long id = client.send("subscribe", "{\"channels\":[\"orderbook_delta\",\"ticker\"],\"market_tickers\":[\"CMD-A\"]}");

            JsonNode first = client.next();
            JsonNode snapshot = client.next();
            JsonNode second = client.next();

            assertThat(first.toString()).isEqualTo("{\"id\":" + id + ",\"type\":\"subscribed\",\"msg\":{\"channel\":\"orderbook_delta\",\"sid\":1}}");
            assertThat(snapshot.get("type").asText()).isEqualTo("orderbook_snapshot");
            assertThat(snapshot.get("sid").asLong()).isEqualTo(1);
            assertThat(snapshot.get("seq").asLong()).isEqualTo(1);
            assertThat(snapshot.get("msg").get("yes_dollars_fp").toString()).isEqualTo("[[\"0.4000\",\"5.00\"]]");
            assertThat(snapshot.get("msg").has("no_dollars_fp")).isFalse();
            assertThat(snapshot.get("msg").get("market_id").asText()).isEqualTo(MarketIds.of("CMD-A"));
            assertThat(second.toString()).isEqualTo("{\"id\":" + id + ",\"type\":\"subscribed\",\"msg\":{\"channel\":\"ticker\",\"sid\":2}}");
        }
    }

    @Test
    void listUpdateAndUnsubscribeAnswerWithTheSubscriptionState() {
        try (FeedClient client = sim.connect(member)) {
            client.reply(client.send("subscribe", "{\"channels\":[\"orderbook_delta\"],\"market_ticker\":\"CMD-A\"}"));
            client.next();
            client.reply(client.send("subscribe", "{\"channels\":[\"trade\"]}"));

            JsonNode list = client.reply(client.send("list_subscriptions", null));
            long addId = client.send("update_subscription",
                    "{\"sid\":1,\"market_tickers\":[\"CMD-B\",\"CMD-C\"],\"action\":\"add_markets\"}");
            JsonNode added = client.next();
            JsonNode snapshotB = client.next();
            JsonNode snapshotC = client.next();
            JsonNode deleted = client.reply(client.send("update_subscription",
                    "{\"sids\":[1],\"market_ticker\":\"CMD-A\",\"action\":\"delete_markets\"}"));
            long snapshotId = client.send("update_subscription",
                    "{\"sid\":1,\"market_tickers\":[\"CMD-B\"],\"action\":\"get_snapshot\"}");
            JsonNode snapshotOk = client.next();
            JsonNode fresh = client.next();
            long unsubscribeId = client.send("unsubscribe", "{\"sids\":[1,2]}");
            JsonNode gone1 = client.next();
            JsonNode gone2 = client.next();
            JsonNode empty = client.reply(client.send("list_subscriptions", null));

            assertThat(list.get("type").asText()).isEqualTo("ok");
            assertThat(list.get("msg").toString())
                    .isEqualTo("[{\"channel\":\"orderbook_delta\",\"sid\":1},{\"channel\":\"trade\",\"sid\":2}]");
            assertThat(added.toString()).isEqualTo("{\"id\":" + addId
                    + ",\"sid\":1,\"seq\":2,\"type\":\"ok\",\"msg\":{\"market_tickers\":[\"CMD-A\",\"CMD-B\",\"CMD-C\"]}}");
            assertThat(snapshotB.get("msg").get("market_ticker").asText()).isEqualTo("CMD-B");
            assertThat(snapshotB.get("seq").asLong()).isEqualTo(3);
            assertThat(snapshotC.get("seq").asLong()).isEqualTo(4);
            assertThat(snapshotC.get("msg").get("market_ticker").asText()).isEqualTo("CMD-C");
            assertThat(deleted.get("seq").asLong()).isEqualTo(5);
            assertThat(deleted.get("msg").get("market_tickers").toString()).isEqualTo("[\"CMD-B\",\"CMD-C\"]");
            assertThat(snapshotOk.get("id").asLong()).isEqualTo(snapshotId);
            assertThat(snapshotOk.get("seq").asLong()).isEqualTo(6);
            assertThat(fresh.get("type").asText()).isEqualTo("orderbook_snapshot");
            assertThat(fresh.get("seq").asLong()).isEqualTo(7);
            assertThat(gone1.toString()).isEqualTo("{\"id\":" + unsubscribeId + ",\"sid\":1,\"seq\":8,\"type\":\"unsubscribed\"}");
            assertThat(gone2.toString()).isEqualTo("{\"id\":" + unsubscribeId + ",\"sid\":2,\"seq\":1,\"type\":\"unsubscribed\"}");
            assertThat(empty.get("msg").size()).isZero();
        }
    }

    @Test
    void unsubscribeNamingThousandsOfUnknownSidsGetsOneError() {
        try (FeedClient client = sim.connect(member)) {
            client.reply(client.send("subscribe", "{\"channels\":[\"trade\"]}"));
            StringBuilder sids = new StringBuilder("1");
            for (int sid = 2; sid <= 5_001; sid++) {
                sids.append(',').append(sid);
            }
            long id = client.send("unsubscribe", "{\"sids\":[" + sids + "]}");
            JsonNode gone = client.next();
            JsonNode unknown = client.next();
            JsonNode list = client.reply(client.send("list_subscriptions", null));

            assertThat(gone.toString()).isEqualTo("{\"id\":" + id + ",\"sid\":1,\"seq\":1,\"type\":\"unsubscribed\"}");
            assertThat(unknown.toString()).isEqualTo("{\"id\":" + id + ",\"type\":\"error\",\"msg\":{\"code\":7,"
                    + "\"msg\":\"" + dev.kalshisim.core.wire.stream.StreamErrorCode.UNKNOWN_SID.text() + "\"}}");
            assertThat(client.history()).as("nothing between the one error and the list reply")
                    .hasSize(4);
            assertThat(list.get("msg").size()).isZero();
        }
    }

    @Test
    void commandIdZeroGetsRepliesWithoutId() {
        try (FeedClient client = sim.connect(member)) {
            client.sendText("{\"id\":0,\"cmd\":\"subscribe\",\"params\":{\"channels\":[\"market_lifecycle_v2\"]}}");

            assertThat(client.next().toString()).isEqualTo("{\"type\":\"subscribed\",\"msg\":{\"channel\":\"market_lifecycle_v2\",\"sid\":1}}");
        }
    }

    @Test
    void everyMalformedCommandGetsKalshisErrorCode() {
        try (FeedClient client = sim.connect(member)) {
            client.reply(client.send("subscribe", "{\"channels\":[\"fill\"],\"market_ticker\":\"CMD-A\"}"));

            assertThat(errorOf(client, "not json")).isEqualTo(1);
            assertThat(errorOf(client, "{\"id\":90,\"cmd\":\"subscribe\",\"params\":{\"channels\":\"fill\"}}")).isEqualTo(1);
            assertThat(code(client, "subscribe", null)).isEqualTo(2);
            assertThat(code(client, "subscribe", "{}")).isEqualTo(3);
            assertThat(code(client, "subscribe", "{\"channels\":[]}")).isEqualTo(3);
            assertThat(code(client, "unsubscribe", "{}")).isEqualTo(4);
            assertThat(code(client, "unsubscribe", "{\"sids\":[]}")).isEqualTo(4);
            assertThat(code(client, "resubscribe", "{}")).isEqualTo(5);
            assertThat(code(client, "subscribe", "{\"channels\":[\"fill\"],\"market_tickers\":[\"CMD-A\",\"CMD-B\"]}")).isEqualTo(6);
            assertThat(code(client, "unsubscribe", "{\"sids\":[42]}")).isEqualTo(7);
            assertThat(code(client, "update_subscription", "{\"sid\":42,\"market_ticker\":\"CMD-A\",\"action\":\"add_markets\"}")).isEqualTo(7);
            assertThat(code(client, "subscribe", "{\"channels\":[\"orderbook_deltas\"],\"market_ticker\":\"CMD-A\"}")).isEqualTo(8);
            assertThat(code(client, "subscribe", "{\"channels\":[\"trade\"],\"market_ticker\":\"CMD-A\",\"market_tickers\":[\"CMD-B\"]}")).isEqualTo(11);
            assertThat(code(client, "subscribe", "{\"channels\":[\"trade\"],\"market_id\":\"" + MarketIds.of("CMD-A") + "\"}")).isEqualTo(11);
            assertThat(code(client, "update_subscription", "{\"sids\":[1,2],\"market_ticker\":\"CMD-A\",\"action\":\"add_markets\"}")).isEqualTo(12);
            assertThat(code(client, "update_subscription", "{\"sid\":1,\"market_ticker\":\"CMD-A\",\"action\":\"replace_markets\"}")).isEqualTo(13);
            assertThat(code(client, "update_subscription", "{\"sid\":1,\"market_ticker\":\"CMD-A\",\"action\":\"get_snapshot\"}")).isEqualTo(13);
            assertThat(code(client, "subscribe", "{\"channels\":[\"orderbook_delta\"]}")).isEqualTo(14);
            assertThat(code(client, "update_subscription", "{\"sid\":1,\"action\":\"add_markets\"}")).isEqualTo(14);
            assertThat(code(client, "update_subscription", "{\"sid\":1,\"market_ticker\":\"CMD-A\"}")).isEqualTo(15);
            assertThat(code(client, "subscribe", "{\"channels\":[\"communications\"],\"shard_factor\":0}")).isEqualTo(19);
            assertThat(code(client, "subscribe", "{\"channels\":[\"communications\"],\"shard_key\":1}")).isEqualTo(20);
            assertThat(code(client, "subscribe", "{\"channels\":[\"communications\"],\"shard_factor\":2,\"shard_key\":2}")).isEqualTo(21);
            assertThat(code(client, "subscribe", "{\"channels\":[\"communications\"],\"shard_factor\":101}")).isEqualTo(22);
        }
    }

    @Test
    void tooManyMarketsForOneSubscriptionIsError26() {
        FeedConfig before = sim.feed().config();
        sim.feed().configure(before.withMaxMarketsPerSubscription(2));
        try (FeedClient client = sim.connect(member)) {
            assertThat(code(client, "subscribe", "{\"channels\":[\"trade\"],\"market_tickers\":[\"CMD-A\",\"CMD-B\",\"CMD-C\"]}"))
                    .isEqualTo(26);
            client.reply(client.send("subscribe", "{\"channels\":[\"trade\"],\"market_tickers\":[\"CMD-A\",\"CMD-B\"]}"));
            assertThat(code(client, "update_subscription", "{\"sid\":1,\"market_ticker\":\"CMD-C\",\"action\":\"add_markets\"}"))
                    .isEqualTo(26);
        } finally {
            sim.feed().configure(before);
        }
    }

    @Test
    void unknownMarketIsError16NamingIt() {
        try (FeedClient client = sim.connect(member)) {
            JsonNode reply = client.reply(client.send("subscribe", "{\"channels\":[\"orderbook_delta\"],\"market_tickers\":[\"CMD-A\",\"NOPE\"]}"));
            JsonNode list = client.reply(client.send("list_subscriptions", null));

            assertThat(reply.get("msg").toString()).isEqualTo("{\"code\":16,\"msg\":\"Market not found\",\"market_ticker\":\"NOPE\"}");
            assertThat(list.get("msg").size()).as("a refused command opens nothing").isZero();
        }
    }

    @Test
    void tickerChannelTakesMarketIdsAndSendsInitialSnapshot() {
        try (FeedClient client = sim.connect(member)) {
            long id = client.send("subscribe", "{\"channels\":[\"ticker\"],\"market_ids\":[\"" + MarketIds.of("CMD-A")
                    + "\"],\"send_initial_snapshot\":true}");

            List<JsonNode> messages = List.of(client.next(), client.next());

            assertThat(messages.get(0).get("id").asLong()).isEqualTo(id);
            assertThat(messages.get(1).get("type").asText()).isEqualTo("ticker");
            assertThat(messages.get(1).get("msg").get("market_ticker").asText()).isEqualTo("CMD-A");
            assertThat(messages.get(1).get("msg").get("yes_bid_dollars").asText()).isEqualTo("0.4000");
        }
    }

    private static int code(FeedClient client, String cmd, String params) {
        JsonNode reply = client.reply(client.send(cmd, params));
        assertThat(reply.get("type").asText()).as(cmd + " " + params).isEqualTo("error");
        return reply.get("msg").get("code").asInt();
    }

    private static int errorOf(FeedClient client, String text) {
        client.sendText(text);
        JsonNode reply = client.next();
        assertThat(reply.get("type").asText()).isEqualTo("error");
        return reply.get("msg").get("code").asInt();
    }
}
