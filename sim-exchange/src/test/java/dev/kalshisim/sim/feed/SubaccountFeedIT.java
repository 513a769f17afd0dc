package dev.kalshisim.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.Exchange;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.subaccount.CashTransfer;
import dev.kalshisim.sim.engine.subaccount.PositionTransfer;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A subaccount's trading on the private channels: its fill, order and position messages name the
 * subaccount, a position transfer updates both ledgers' positions, and every message matches the
 * AsyncAPI schemas.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SubaccountFeedIT {

    private static final String PRIVATE = "{\"channels\":[\"fill\",\"user_orders\",\"market_positions\"]}";
    private static final String MKT = "SUBF-1";

    private final SchemaValidator schemas = SchemaValidator.load();
    private FeedHarness sim;
    private FeedHarness.Member alice;
    private FeedHarness.Member bob;

    @BeforeEach
    void start() {
        sim = new FeedHarness();
        sim.market(MKT);
        alice = sim.member();
        bob = sim.member();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void subaccountMessagesNameTheirLedger() {
        Exchange exchange = sim.exchange();
        int sub = exchange.createSubaccount(alice.memberId()).orElseThrow().number();
        exchange.transferCash(new CashTransfer(alice.memberId(), UUID.randomUUID().toString(), 0, sub, 10_000, 0))
                .orElseThrow();
        try (FeedClient feed = sim.connect(alice)) {
            feed.send("subscribe", PRIVATE);
            feed.drain();

            exchange.placeOrder(PlaceOrder.bid(alice.memberId(), MKT, Price.ofCents(40), Count.ofContracts(5))
                    .withSubaccount(sub));
            exchange.placeOrder(PlaceOrder.ask(bob.memberId(), MKT, Price.ofCents(40), Count.ofContracts(5)));
            List<JsonNode> traded = feed.drain();
            assertThat(traded).extracting(FeedClient::typeOf).contains("fill", "user_order", "market_position");
            assertThat(field(traded, "fill", "subaccount").asInt()).isEqualTo(sub);
            assertThat(field(traded, "user_order", "subaccount_number").asInt()).isEqualTo(sub);
            assertThat(field(traded, "market_position", "subaccount").asInt()).isEqualTo(sub);
            assertThat(field(traded, "market_position", "position_fp").asText()).isEqualTo("5.00");

            exchange.transferPosition(new PositionTransfer(alice.memberId(), UUID.randomUUID().toString(), sub, 0, MKT,
                    OutcomeSide.YES, Count.ofContracts(2), Price.ofCents(45))).orElseThrow();
            List<JsonNode> moved = feed.drain();
            assertThat(moved).extracting(FeedClient::typeOf).containsExactly("market_position", "market_position");
            assertThat(moved.get(0).get("msg").get("subaccount").asInt()).isEqualTo(sub);
            assertThat(moved.get(0).get("msg").get("position_fp").asText()).isEqualTo("3.00");
            assertThat(moved.get(1).get("msg").has("subaccount")).as("the primary's update names no subaccount").isFalse();
            assertThat(moved.get(1).get("msg").get("position_fp").asText()).isEqualTo("2.00");

            for (JsonNode message : feed.history()) {
                if (List.of("fill", "user_order", "market_position").contains(FeedClient.typeOf(message))) {
                    assertThat(schemas.validate(message)).as("%s", message).isEmpty();
                }
            }
        }
    }

    private static JsonNode field(List<JsonNode> messages, String type, String name) {
        return messages.stream().filter(m -> FeedClient.typeOf(m).equals(type)).findFirst().orElseThrow()
                .get("msg").get(name);
    }
}
