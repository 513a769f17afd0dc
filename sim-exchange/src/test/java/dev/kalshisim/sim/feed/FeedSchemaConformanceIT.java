package dev.kalshisim.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every message type the server sends validates against its payload schema from Kalshi's AsyncAPI
 * file (the project's copy in {@code src/test/resources/feed/asyncapi-schemas.json}). FeedClient
 * checks each message as it arrives; this test makes the server send every type, in its variants.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FeedSchemaConformanceIT {

    private static final Set<String> EVERY_TYPE = Set.of("subscribed", "ok", "ok_list", "unsubscribed", "error",
            "orderbook_snapshot", "orderbook_delta", "ticker", "trade", "fill", "user_order", "market_position",
            "market_lifecycle_v2");

    private FeedHarness sim;

    @BeforeEach
    void start() {
        sim = new FeedHarness();
        sim.market("SCHEMA-A");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void everyMessageTypeTheServerSendsMatchesKalshisSchema() {
        FeedHarness.Member maker = sim.member();
        FeedHarness.Member taker = sim.member();
        try (FeedClient client = sim.connect(maker); FeedClient yesPriced = sim.connect(taker)) {
            client.reply(client.send("subscribe", "{\"channels\":[\"orderbook_delta\",\"ticker\",\"trade\",\"fill\","
                    + "\"user_orders\",\"market_positions\"],\"market_tickers\":[\"SCHEMA-A\"],\"send_initial_snapshot\":true}"));
            client.reply(client.send("subscribe", "{\"channels\":[\"market_lifecycle_v2\"]}"));
            yesPriced.reply(yesPriced.send("subscribe",
                    "{\"channels\":[\"orderbook_delta\"],\"market_ticker\":\"SCHEMA-A\",\"use_yes_price\":true}"));

            trade("SCHEMA-A", maker, taker);
            lifecycle();
            client.reply(client.send("update_subscription",
                    "{\"sid\":1,\"market_tickers\":[\"SCHEMA-B\"],\"action\":\"add_markets\"}"));
            client.reply(client.send("unsubscribe", "{\"sids\":[2]}"));
            client.reply(client.send("subscribe", "{\"channels\":[\"nope\"]}"));
            client.drain();
            yesPriced.drain();

            Set<String> seen = new LinkedHashSet<>(client.seenTypes());
            seen.addAll(yesPriced.seenTypes());
            assertThat(seen).containsAll(EVERY_TYPE);
            assertThat(lifecycleEvents(client.history())).contains("created", "deactivated", "activated", "close_date_updated",
                    "determined", "settled");
        }
    }

    /** A resting bid with a client order id, partly taken: book, ticker, trade, fill, order and position messages. */
    private void trade(String ticker, FeedHarness.Member maker, FeedHarness.Member taker) {
        sim.exchange().placeOrder(PlaceOrder.bid(maker.memberId(), ticker, Price.ofCents(45), Count.ofContracts(10))
                .withClientOrderId("schema-bid"));
        sim.exchange().placeOrder(PlaceOrder.ask(taker.memberId(), ticker, Price.ofCents(60), Count.ofHundredths(250)));
        sim.exchange().placeOrder(PlaceOrder.ask(taker.memberId(), ticker, Price.ofCents(45), Count.ofContracts(4)));
    }

    /** A market created, paused, resumed, given a new close time, determined and settled. */
    private void lifecycle() {
        sim.market("SCHEMA-B");
        sim.exchange().setMarketStatus("SCHEMA-B", MarketStatus.INACTIVE);
        sim.exchange().setMarketStatus("SCHEMA-B", MarketStatus.ACTIVE);
        sim.exchange().setCloseTime("SCHEMA-B", Instant.ofEpochMilli(FeedHarness.START_MILLIS).plusSeconds(86_400));
        sim.exchange().settleMarket("SCHEMA-B", MarketResult.NO);
    }

    private static List<String> lifecycleEvents(List<JsonNode> messages) {
        List<String> events = new ArrayList<>();
        for (JsonNode message : messages) {
            if (message.path("type").asText().equals("market_lifecycle_v2")) {
                events.add(message.get("msg").get("event_type").asText());
            }
        }
        return events;
    }
}
