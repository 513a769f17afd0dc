package dev.kalshisim.sim.feed;

import dev.kalshisim.sim.wire.MarketIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Sequence numbers per sid, injected faults, pings and the control plane's reset. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SequenceAndFaultsIT {

    private FeedHarness sim;
    private FeedHarness.Member member;

    @BeforeEach
    void start() {
        sim = new FeedHarness();
        sim.market("SEQ-A");
        sim.market("SEQ-B");
        member = sim.member();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void seqStartsAtOneAndRisesByOnePerMessageOfEachSid() {
        try (FeedClient client = sim.connect(member)) {
            List<JsonNode> messages = new ArrayList<>();
            // Wait for each reply, so the engine's orders come after the commands took effect.
            messages.addAll(client.untilReply(
                    client.send("subscribe", "{\"channels\":[\"orderbook_delta\"],\"market_ticker\":\"SEQ-A\"}")));
            messages.addAll(client.untilReply(
                    client.send("subscribe", "{\"channels\":[\"orderbook_delta\"],\"market_ticker\":\"SEQ-B\"}")));
            for (int i = 0; i < 30; i++) {
                bid(i % 2 == 0 ? "SEQ-A" : "SEQ-B", 10 + i);
            }
            messages.addAll(client.untilReply(client.send("update_subscription",
                    "{\"sid\":2,\"market_ticker\":\"SEQ-B\",\"action\":\"get_snapshot\"}")));
            bid("SEQ-B", 60);
            messages.addAll(client.drain());

            ReplayedBooks books = new ReplayedBooks(false);
            books.applyAll(messages);

            assertThat(seqs(messages, 1)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L);
            assertThat(seqs(messages, 2)).hasSize(19).startsWith(1L, 2L).endsWith(17L, 18L, 19L);
            assertThat(books.deltas()).isEqualTo(31);
        }
    }

    @Test
    void droppedMessageLeavesAGapInItsSidOnly() {
        try (FeedClient client = sim.connect(member)) {
            client.send("subscribe", "{\"channels\":[\"orderbook_delta\"],\"market_ticker\":\"SEQ-A\"}");
            client.send("subscribe", "{\"channels\":[\"orderbook_delta\"],\"market_ticker\":\"SEQ-B\"}");
            client.drain();

            sim.feed().faults().dropMessages("orderbook_delta", 1L, 1);

            bid("SEQ-A", 20);
            bid("SEQ-A", 21);
            bid("SEQ-B", 22);
            List<JsonNode> messages = client.drain();

            assertThat(seqs(messages, 1)).containsExactly(3L);
            assertThat(seqs(messages, 2)).containsExactly(2L);
            assertThat(sim.feed().faults().pendingDrops()).isEmpty();
            ReplayedBooks books = new ReplayedBooks(false);
            books.apply(FeedHarness.read("{\"type\":\"orderbook_snapshot\",\"sid\":1,\"seq\":1,\"msg\":"
                    + "{\"market_ticker\":\"SEQ-A\",\"market_id\":\"" + MarketIds.of("SEQ-A") + "\"}}"));
            assertThatThrownBy(() -> books.applyAll(messages)).as("a client checking seq sees the loss")
                    .hasMessageContaining("seq of sid 1");
        }
    }

    @Test
    void droppedConnectionClosesAbnormallyAndOthersStayOpen() throws Exception {
        FeedHarness.Member other = sim.member();
        try (FeedClient dropped = sim.connect(member); FeedClient kept = sim.connect(other)) {
            dropped.reply(dropped.send("list_subscriptions", null));
            kept.reply(kept.send("list_subscriptions", null));

            int cut = sim.feed().faults().dropConnections(member.memberId());

            assertThat(cut).isEqualTo(1);
            assertThat(dropped.awaitClose().statusCode()).isEqualTo(1006);
            assertThat(kept.reply(kept.send("list_subscriptions", null)).get("type").asText()).isEqualTo("ok");
        }
    }

    @Test
    void serverPingsWithHeartbeatAndAnswersClientPings() throws Exception {
        sim.feed().configure(sim.feed().config().withPingInterval(Duration.ofMillis(100)));
        try (FeedClient client = sim.connect(member)) {
            assertThat(client.nextPing()).isEqualTo("heartbeat");
            assertThat(client.ping("are you there")).isEqualTo("are you there");
        }
    }

    @Test
    void resetClosesConnectionsAndTheFeedFollowsTheNewEngine() throws Exception {
        try (FeedClient before = sim.connect(member)) {
            before.reply(before.send("subscribe", "{\"channels\":[\"orderbook_delta\"],\"market_ticker\":\"SEQ-A\"}"));

            sim.control("POST", "/reset", null, 200);

            FeedClient.Closure closure = before.awaitClose();
            assertThat(closure.statusCode()).isEqualTo(1012);
            assertThat(closure.reason()).isEqualTo("simulator reset");
        }
        sim.market("SEQ-A");
        FeedHarness.Member fresh = sim.member();
        try (FeedClient after = sim.connect(fresh)) {
            after.reply(after.send("subscribe", "{\"channels\":[\"orderbook_delta\"],\"market_ticker\":\"SEQ-A\"}"));
            after.next();
            sim.exchange().placeOrder(PlaceOrder.bid(fresh.memberId(), "SEQ-A", Price.ofCents(33), Count.ofContracts(1)));

            JsonNode delta = after.next();

            assertThat(delta.get("type").asText()).isEqualTo("orderbook_delta");
            assertThat(delta.get("msg").get("price_dollars").asText()).isEqualTo("0.3300");
        }
    }

    private void bid(String ticker, int cents) {
        sim.exchange().placeOrder(PlaceOrder.bid(member.memberId(), ticker, Price.ofCents(cents), Count.ofContracts(1)));
    }

    /** The seqs of sid {@code sid}'s messages, in order. */
    private static List<Long> seqs(List<JsonNode> messages, long sid) {
        return messages.stream().filter(m -> m.has("seq") && m.path("sid").asLong() == sid)
                .map(m -> m.get("seq").asLong()).toList();
    }
}
