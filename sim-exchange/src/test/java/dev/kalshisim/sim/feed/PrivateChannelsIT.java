package dev.kalshisim.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Private channels carry only the connected member's data; a delta names the order only to its owner. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PrivateChannelsIT {

    private static final String PRIVATE = "{\"channels\":[\"fill\",\"user_orders\",\"market_positions\"]}";
    private static final String BOOK = "{\"channels\":[\"orderbook_delta\"],\"market_ticker\":\"PRIV-A\"}";

    private FeedHarness sim;
    private FeedHarness.Member alice;
    private FeedHarness.Member bob;

    @BeforeEach
    void start() {
        sim = new FeedHarness();
        sim.market("PRIV-A");
        sim.market("PRIV-A-2");
        alice = sim.member();
        bob = sim.member();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void eachMemberSeesOnlyItsOwnFillsOrdersAndPositions() {
        try (FeedClient aliceFeed = sim.connect(alice); FeedClient bobFeed = sim.connect(bob);
             FeedClient bobAgain = sim.connect(bob)) {
            aliceFeed.send("subscribe", PRIVATE);
            bobFeed.send("subscribe", PRIVATE);
            bobAgain.send("subscribe", "{\"channels\":[\"fill\"],\"market_ticker\":\"PRIV-A-2\"}");
            // Read past the subscribed replies.
            aliceFeed.drain();
            bobFeed.drain();
            bobAgain.drain();

            String aliceOrder = sim.exchange().placeOrder(PlaceOrder.bid(alice.memberId(), "PRIV-A", Price.ofCents(55),
                    Count.ofContracts(10)).withClientOrderId("alice-1")).orderId();
            String bobOrder = sim.exchange().placeOrder(PlaceOrder.ask(bob.memberId(), "PRIV-A", Price.ofCents(50),
                    Count.ofContracts(3)).withClientOrderId("bob-1")).orderId();
            List<JsonNode> aliceSaw = aliceFeed.drain();
            List<JsonNode> bobSaw = bobFeed.drain();
            List<JsonNode> otherMarket = bobAgain.drain();

            assertThat(aliceSaw).extracting(FeedClient::typeOf)
                    .containsExactly("user_order", "fill", "user_order", "market_position");
            assertThat(orderIds(aliceSaw)).containsOnly(aliceOrder);
            assertThat(text(aliceSaw, "fill", "client_order_id")).isEqualTo("alice-1");
            assertThat(text(aliceSaw, "market_position", "position_fp")).isEqualTo("3.00");
            assertThat(text(aliceSaw, "market_position", "user_id")).isEqualTo(alice.memberId());
            assertThat(bobSaw).extracting(FeedClient::typeOf).containsExactly("fill", "market_position", "user_order");
            assertThat(orderIds(bobSaw)).containsOnly(bobOrder);
            assertThat(text(bobSaw, "market_position", "user_id")).isEqualTo(bob.memberId());
            assertThat(text(bobSaw, "fill", "is_taker")).isEqualTo("true");
            assertThat(text(bobSaw, "market_position", "position_fp")).isEqualTo("-3.00");
            assertThat(otherMarket).as("a private subscription filtered to another market").isEmpty();
        }
    }

    @Test
    void bookDeltaCarriesClientOrderIdOnlyToTheOrdersOwner() {
        try (FeedClient aliceFeed = sim.connect(alice); FeedClient bobFeed = sim.connect(bob)) {
            aliceFeed.reply(aliceFeed.send("subscribe", BOOK));
            aliceFeed.next();
            bobFeed.reply(bobFeed.send("subscribe", BOOK));
            bobFeed.next();

            sim.exchange().placeOrder(PlaceOrder.bid(alice.memberId(), "PRIV-A", Price.ofCents(41), Count.ofContracts(2))
                    .withClientOrderId("alice-secret"));
            JsonNode own = aliceFeed.next();
            JsonNode public_ = bobFeed.next();

            assertThat(own.get("msg").get("client_order_id").asText()).isEqualTo("alice-secret");
            assertThat(public_.get("msg").has("client_order_id")).isFalse();
            assertThat(public_.get("msg").get("delta_fp").asText()).isEqualTo("2.00");
        }
    }

    private static List<String> orderIds(List<JsonNode> messages) {
        return messages.stream().filter(m -> m.get("msg").has("order_id"))
                .map(m -> m.get("msg").get("order_id").asText()).toList();
    }

    private static String text(List<JsonNode> messages, String type, String field) {
        return messages.stream().filter(m -> FeedClient.typeOf(m).equals(type)).findFirst().orElseThrow()
                .get("msg").get(field).asText();
    }
}
