package dev.kalshisim.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A subscriber that stops reading fills its bounded queue; the feed then closes that connection
 * (error 25, close 1008) while the engine keeps going and other subscribers get every message.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class SlowSubscriberIT {

    private static final int SMALL_QUEUE = 64;
    private static final int MAX_ORDERS = 100_000;

    private FeedHarness sim;

    @BeforeEach
    void start() {
        sim = new FeedHarness();
        sim.market("SLOW-A");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void stalledReaderIsCutOffWithoutBlockingTheEngineOrOthers() throws Exception {
        FeedHarness.Member member = sim.member();
        FeedHarness.Member trader = sim.member();
        try (FeedClient healthy = sim.connect(member)) {
            healthy.reply(healthy.send("subscribe", "{\"channels\":[\"orderbook_delta\"],\"market_ticker\":\"SLOW-A\"}"));
            healthy.next();
            sim.feed().configure(sim.feed().config().withQueueCapacity(SMALL_QUEUE));
            try (RawWebSocket stalled = RawWebSocket.connect(sim.server.port(), 2_048)) {
                assertThat(stalled.upgrade(FeedHarness.WS_PATH,
                        sim.signedHeaders(member, sim.clock.nowMillis(), "GET", FeedHarness.WS_PATH)).status())
                        .isEqualTo(101);
                stalled.sendText("{\"id\":1,\"cmd\":\"subscribe\",\"params\":{\"channels\":[\"orderbook_delta\",\"ticker\"],"
                        + "\"market_ticker\":\"SLOW-A\"}}");
                // Read the replies and the snapshot, so the subscriptions surely exist; then stop reading.
                assertThat(stalled.readFrame().text()).contains("subscribed");
                assertThat(stalled.readFrame().text()).contains("orderbook_snapshot");
                assertThat(stalled.readFrame().text()).contains("subscribed");
                assertThat(sim.feed().connectionCount()).isEqualTo(2);

                List<JsonNode> deltas = new ArrayList<>();
                int bookChanges = placeUntilCutOff(trader, healthy, deltas);

                assertThat(sim.feed().connectionCount()).as("the stalled connection is gone").isEqualTo(1);
                deltas.addAll(healthy.drain());
                assertThat(bookChanges).as("book changes before the cut-off").isLessThan(2 * MAX_ORDERS);
                assertThat(deltas).hasSize(bookChanges);
                for (int i = 0; i < deltas.size(); i++) {
                    assertThat(deltas.get(i).get("seq").asLong()).as("seq of delta %d", i).isEqualTo(i + 2);
                }
                List<RawWebSocket.Frame> last = stalled.readToClose();
                RawWebSocket.Frame close = last.get(last.size() - 1);
                assertThat(close.opcode()).isEqualTo(RawWebSocket.Frame.CLOSE);
                assertThat(close.closeCode()).isEqualTo(1008);
                assertThat(close.closeReason()).contains("buffer overflow");
                JsonNode error = FeedHarness.read(last.get(last.size() - 2).text());
                assertThat(error.toString()).isEqualTo("{\"type\":\"error\",\"msg\":{\"code\":25,\"msg\":\"Subscription buffer overflow\"}}");
            }
        }
    }

    /**
     * Rests and cancels bids until the feed drops the stalled connection, letting the healthy
     * client catch up every 200 orders (so only the stalled one falls behind) and collecting what
     * it read into {@code deltas}; returns the number of book changes made.
     */
    private int placeUntilCutOff(FeedHarness.Member trader, FeedClient healthy, List<JsonNode> deltas) {
        int bookChanges = 0;
        for (int i = 0; i < MAX_ORDERS && sim.feed().connectionCount() > 1; i++) {
            String orderId = sim.exchange().placeOrder(PlaceOrder.bid(trader.memberId(), "SLOW-A",
                    Price.ofCents(1 + i % 98), Count.ofContracts(1))).orderId();
            sim.exchange().cancelOrder(trader.memberId(), orderId);
            bookChanges += 2;
            if (i % 200 == 199) {
                deltas.addAll(healthy.drain());
            }
        }
        return bookChanges;
    }
}
