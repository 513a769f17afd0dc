package dev.kalshisim.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.Quote;
import dev.kalshisim.core.model.Rfq;
import dev.kalshisim.core.model.TickerPair;
import dev.kalshisim.sim.engine.combo.ComboMarket;
import dev.kalshisim.sim.engine.rfq.Communications;
import dev.kalshisim.sim.engine.rfq.CreateQuote;
import dev.kalshisim.sim.engine.rfq.CreateRfq;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The {@code communications} and {@code multivariate_market_lifecycle} channels: RFQ events reach
 * every subscriber, quote events only the two parties (each with its own order id on execution),
 * and combo markets' lifecycle goes to the multivariate channel. FeedClient checks every message
 * against its AsyncAPI schema as it arrives.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CommunicationsFeedIT {

    private FeedHarness sim;

    @BeforeEach
    void start() {
        sim = new FeedHarness();
        sim.market("RFQ-A");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void rfqEventsReachEveryoneAndQuoteEventsOnlyTheParties() {
        FeedHarness.Member requester = sim.member();
        FeedHarness.Member quoter = sim.member();
        FeedHarness.Member bystander = sim.member();
        try (FeedClient a = sim.connect(requester); FeedClient b = sim.connect(quoter);
                FeedClient c = sim.connect(bystander)) {
            for (FeedClient client : List.of(a, b, c)) {
                client.reply(client.send("subscribe", "{\"channels\":[\"communications\"]}"));
            }
            Communications desk = sim.exchange().communications();
            Rfq rfq = desk.createRfq(new CreateRfq(requester.memberId(), "RFQ-A", Count.ofContracts(10), null, false,
                    false, 0)).orElseThrow();
            Quote quote = desk.createQuote(new CreateQuote(quoter.memberId(), rfq.id(), Price.ofCents(40),
                    Price.ofCents(55), false, false, 0)).orElseThrow();
            desk.acceptQuote(requester.memberId(), rfq.id(), quote.id(), OutcomeSide.YES).orElseThrow();
            desk.confirmQuote(quoter.memberId(), rfq.id(), quote.id()).orElseThrow();

            List<JsonNode> requesterSaw = a.until(m -> m.path("type").asText().equals("quote_executed"));
            List<JsonNode> quoterSaw = b.until(m -> m.path("type").asText().equals("quote_executed"));
            c.drain();
            assertThat(types(requesterSaw)).containsSubsequence("rfq_created", "quote_created", "quote_accepted",
                    "quote_executed");
            assertThat(types(quoterSaw)).containsSubsequence("rfq_created", "quote_created", "quote_accepted",
                    "quote_executed");
            assertThat(c.seenTypes()).contains("rfq_created").doesNotContain("quote_created", "quote_accepted",
                    "quote_executed");

            JsonNode created = requesterSaw.stream().filter(m -> m.path("type").asText().equals("rfq_created"))
                    .findFirst().orElseThrow();
            assertThat(created.path("msg").path("id").asText()).isEqualTo(rfq.id());
            assertThat(created.path("msg").path("event_ticker").asText()).isEqualTo("RFQ-A-EV");
            assertThat(created.path("msg").path("contracts_fp").asText()).isEqualTo("10.00");
            JsonNode accepted = quoterSaw.stream().filter(m -> m.path("type").asText().equals("quote_accepted"))
                    .findFirst().orElseThrow();
            assertThat(accepted.path("msg").path("accepted_side").asText()).isEqualTo("yes");
            assertThat(accepted.path("msg").path("no_bid_dollars").asText()).isEqualTo("0.5500");

            Quote requesterView = desk.quote(requester.memberId(), rfq.id(), quote.id()).orElseThrow();
            Quote quoterView = desk.quote(quoter.memberId(), rfq.id(), quote.id()).orElseThrow();
            assertThat(last(requesterSaw).path("msg").path("order_id").asText())
                    .isEqualTo(requesterView.rfqCreatorOrderId());
            assertThat(last(quoterSaw).path("msg").path("order_id").asText()).isEqualTo(quoterView.creatorOrderId());
            assertThat(requesterView.rfqCreatorOrderId()).isNotEqualTo(quoterView.creatorOrderId());
        }
    }

    @Test
    void aComboMarketsLifecycleGoesToTheMultivariateChannel() {
        sim.market("LEG-1");
        sim.market("LEG-2");
        sim.control("POST", "/multivariate_event_collections", """
                {"collection_ticker":"KXMVE-FEED","series_ticker":"FEED","size_min":2,"size_max":2,
                 "events":[{"event_ticker":"LEG-1-EV"},{"event_ticker":"LEG-2-EV"}]}""", 200);
        FeedHarness.Member member = sim.member();
        try (FeedClient client = sim.connect(member)) {
            client.reply(client.send("subscribe", "{\"channels\":[\"multivariate_market_lifecycle\"]}"));
            ComboMarket combo = sim.exchange().combos().createMarket("KXMVE-FEED", List.of(
                    new TickerPair("LEG-1", "LEG-1-EV", OutcomeSide.YES),
                    new TickerPair("LEG-2", "LEG-2-EV", OutcomeSide.YES))).orElseThrow();
            sim.exchange().settleMarket("LEG-1", MarketResult.NO).orElseThrow();
            List<JsonNode> seen = client.until(m -> m.path("msg").path("event_type").asText().equals("settled"));

            assertThat(seen).allSatisfy(m -> assertThat(m.path("msg").path("market_ticker").asText())
                    .isEqualTo(combo.marketTicker()));
            assertThat(seen.stream().map(m -> m.path("msg").path("event_type").asText()))
                    .containsSubsequence("created", "determined", "settled");
            assertThat(types(seen)).containsOnly("multivariate_market_lifecycle");
        }
    }

    private static List<String> types(List<JsonNode> messages) {
        return messages.stream().map(m -> m.path("type").asText()).toList();
    }

    private static JsonNode last(List<JsonNode> messages) {
        return messages.get(messages.size() - 1);
    }
}
