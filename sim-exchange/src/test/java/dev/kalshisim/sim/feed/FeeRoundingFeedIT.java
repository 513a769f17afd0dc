package dev.kalshisim.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The private channels report the same net fee (trade fee plus rounding) as the REST records. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FeeRoundingFeedIT {

    private final FeedHarness sim = new FeedHarness();

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void fillOrderAndPositionMessagesCarryTheRoundedFee() {
        sim.market("FEE-WS");
        FeedHarness.Member alice = sim.member();
        FeedHarness.Member bob = sim.member();
        try (FeedClient bobFeed = sim.connect(bob)) {
            bobFeed.send("subscribe", "{\"channels\":[\"fill\",\"user_orders\",\"market_positions\"]}");
            bobFeed.drain();
            sim.exchange().placeOrder(PlaceOrder.bid(alice.memberId(), "FEE-WS", Price.ofCents(55), Count.ofContracts(10)));
            sim.exchange().placeOrder(PlaceOrder.ask(bob.memberId(), "FEE-WS", Price.ofCents(50), Count.ofContracts(3)));

            List<JsonNode> seen = bobFeed.drain();

            // Bob buys 3 NO at 0.45: 1.35 + ceil(0.07 x 3 x 0.55 x 0.45) = 0.0520, floored to -1.41.
            assertThat(field(seen, "fill", "fee_cost")).isEqualTo("0.0600");
            assertThat(field(seen, "user_order", "taker_fees_dollars")).isEqualTo("0.0600");
            assertThat(field(seen, "market_position", "fees_paid_dollars")).isEqualTo("0.0600");
        }
    }

    private static String field(List<JsonNode> messages, String type, String name) {
        return messages.stream().filter(m -> type.equals(FeedClient.typeOf(m))).findFirst().orElseThrow()
                .get("msg").get(name).asText();
    }
}
