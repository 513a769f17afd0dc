package dev.kalshisim.sim.engine.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.Series;
import dev.kalshisim.sim.engine.EngineTestBase;
import dev.kalshisim.sim.engine.MatchingExchange;
import dev.kalshisim.sim.engine.catalog.EventSpec;
import dev.kalshisim.sim.engine.catalog.SeriesSpec;
import dev.kalshisim.sim.engine.config.EngineConfig;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.result.CancelReason;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.engine.time.Times;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalog, account and history queries the REST layer serves. */
class CatalogAndQueryTest extends EngineTestBase {

    @Test
    void catalogRejectsDuplicatesAndMissingParents() {
        assertThat(exchange.createSeries(SeriesSpec.of("SER", FeeType.QUADRATIC)).reject())
                .isEqualTo(RejectReason.ALREADY_EXISTS);
        assertThat(exchange.createEvent(EventSpec.of("EV2", "NOPE")).reject()).isEqualTo(RejectReason.SERIES_NOT_FOUND);
        assertThat(exchange.createMarket(market("M2", "NOPE")).reject()).isEqualTo(RejectReason.EVENT_NOT_FOUND);
        assertThat(exchange.createMarket(market(MKT, "EV")).reject()).isEqualTo(RejectReason.ALREADY_EXISTS);
        assertThat(exchange.createMember(ALICE, usd("1"), null).reject()).isEqualTo(RejectReason.ALREADY_EXISTS);
        assertThat(exchange.createMember("zed", usd("1"), "alice-key").reject()).isEqualTo(RejectReason.ALREADY_EXISTS);
    }

    @Test
    void marketRecordCarriesGridTimesAndStatus() {
        Market market = exchange.market(MKT).orElseThrow();
        assertThat(market.status()).isEqualTo(MarketStatus.ACTIVE);
        assertThat(market.eventTicker()).isEqualTo("EV");
        assertThat(market.priceLevelStructure()).isEqualTo("linear_cent");
        assertThat(market.priceRanges()).hasSize(1);
        assertThat(market.closeTime()).isEqualTo(START.plus(Duration.ofDays(1)));
        assertThat(market.yesAskDollars()).isEqualTo(p("1.00"));
        assertThat(market.yesBidDollars()).isEqualTo(p("0.00"));
        assertThat(market.notionalValueDollars()).isEqualTo(usd("1"));
    }

    @Test
    void marketsEventsAndSeriesFilter() {
        addMarket("OTHER", FeeType.QUADRATIC_WITH_MAKER_FEES, "1");
        exchange.setMarketStatus("OTHER", MarketStatus.INACTIVE).orElseThrow();

        assertThat(exchange.markets(MarketQuery.all())).extracting(Market::ticker).containsExactly(MKT, "OTHER");
        assertThat(exchange.markets(MarketQuery.all().withStatus(MarketStatus.StatusFilter.PAUSED)))
                .extracting(Market::ticker).containsExactly("OTHER");
        assertThat(exchange.markets(MarketQuery.all().withSeriesTicker("SER"))).extracting(Market::ticker)
                .containsExactly(MKT);
        assertThat(exchange.markets(MarketQuery.all().withTickers(Set.of("OTHER", "X")))).hasSize(1);
        assertThat(exchange.events(EventQuery.all().withNestedMarkets(true))).extracting(Event::eventTicker)
                .containsExactly("EV", "E-OTHER");
        assertThat(exchange.event("EV", true).orElseThrow().markets()).extracting(Market::ticker).containsExactly(MKT);
        assertThat(exchange.event("EV", false).orElseThrow().markets()).isNull();
        assertThat(exchange.series("S-OTHER").map(Series::feeType)).contains(FeeType.QUADRATIC_WITH_MAKER_FEES);
        assertThat(exchange.listSeries(null)).hasSize(2);
    }

    @Test
    void ordersAndFillsFilterNewestFirst() {
        addMarket("OTHER", FeeType.QUADRATIC, "1");
        String first = bid(ALICE, "0.40", "1").orderId();
        clock.advanceByMillis(1_000);
        String second = exchange.placeOrder(PlaceOrder.bid(ALICE, "OTHER", p("0.40"), c("1"))).orderId();
        ask(BOB, "0.40", "1");

        assertThat(exchange.orders(ALICE, OrderQuery.all())).extracting(Order::orderId).containsExactly(second, first);
        assertThat(exchange.orders(ALICE, OrderQuery.all().withTicker("OTHER"))).extracting(Order::orderId)
                .containsExactly(second);
        assertThat(exchange.orders(ALICE, OrderQuery.all().withStatus(OrderStatus.EXECUTED)))
                .extracting(Order::orderId).containsExactly(first);
        assertThat(exchange.fills(ALICE, FillQuery.all().withOrderId(first))).hasSize(1);
        assertThat(exchange.fills(ALICE, FillQuery.all().withTicker("OTHER"))).isEmpty();
        assertThat(exchange.positions(ALICE, new PositionQuery(null, null, true, false)))
                .extracting(p -> p.ticker()).containsExactly(MKT);
        assertThat(exchange.trades(new TradeQuery(null, START.plusSeconds(2), null))).isEmpty();
        assertThat(exchange.order(BOB, first).reject()).isEqualTo(RejectReason.ORDER_NOT_FOUND);
    }

    @Test
    void orderbookDepthKeepsTheBestLevelsAscending() {
        bid(ALICE, "0.30", "1");
        bid(ALICE, "0.32", "2");
        bid(ALICE, "0.31", "3");
        ask(BOB, "0.60", "4");

        var book = exchange.orderbook(MKT, 2).orElseThrow();

        assertThat(book.yesDollars()).extracting(l -> l.price().toString()).containsExactly("0.3100", "0.3200");
        assertThat(book.noDollars()).extracting(l -> l.count().toString()).containsExactly("4.00");
        assertThat(exchange.orderbook(MKT, -1).reject()).isEqualTo(RejectReason.INVALID_PARAMETERS);
        assertThat(exchange.orderbook("NOPE", 0).reject()).isEqualTo(RejectReason.MARKET_NOT_FOUND);
    }

    @Test
    void orderIdsAreDeterministicUuids() {
        String id = bid(ALICE, "0.40", "1").orderId();
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

        MatchingExchange twin = new MatchingExchange(new dev.kalshisim.core.time.VirtualClock(Times.nanos(START)));
        twin.createSeries(SeriesSpec.of("SER", FeeType.QUADRATIC)).orElseThrow();
        twin.createEvent(EventSpec.of("EV", "SER")).orElseThrow();
        twin.createMarket(market(MKT, "EV")).orElseThrow();
        twin.createMember(ALICE, usd("10"), null).orElseThrow();
        assertThat(twin.placeOrder(PlaceOrder.bid(ALICE, MKT, p("0.40"), c("1"))).orderId()).isEqualTo(id);
    }

    @Test
    void balanceMapsToKalshisBalanceBody() {
        bid(ALICE, "0.40", "10");
        var body = balance(ALICE).toBalance();
        assertThat(body.balanceDollars()).isEqualTo(usd("995.832"));
        assertThat(body.balanceCents()).isEqualTo(99_583);
        assertThat(body.portfolioValueCents()).isEqualTo(416);
        assertThat(exchange.memberForApiKey("alice-key")).contains(ALICE);
        assertThat(exchange.members()).containsExactly(ALICE, BOB, CAROL);
    }

    @Test
    void postOnlyCrossCanBeAcceptedAndCanceledInstead() {
        exchange = new MatchingExchange(clock, EngineConfig.defaults().withPostOnlyCrossRejects(false));
        exchange.createSeries(SeriesSpec.of("SER", FeeType.QUADRATIC)).orElseThrow();
        exchange.createEvent(EventSpec.of("EV", "SER")).orElseThrow();
        exchange.createMarket(market(MKT, "EV")).orElseThrow();
        exchange.createMember(ALICE, usd("100"), null).orElseThrow();
        exchange.createMember(BOB, usd("100"), null).orElseThrow();
        ask(BOB, "0.50", "1");

        OrderResult result = place(PlaceOrder.bid(ALICE, MKT, p("0.50"), c("1")).withPostOnly(true));

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.order().status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(result.cancelReason()).isEqualTo(CancelReason.POST_ONLY_CROSS);
        assertThat(book()).isEqualTo("yes | no 0.5000x1.00");
    }

    @Test
    void callsFromManyThreadsAreSerialized() throws Exception {
        List<String> members = List.of(ALICE, BOB, CAROL);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<Integer>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < 3; t++) {
                String member = members.get(t);
                futures.add(pool.submit(() -> {
                    int accepted = 0;
                    for (int i = 0; i < 300; i++) {
                        String price = "0." + (40 + i % 20);
                        OrderResult r = i % 2 == 0 ? bid(member, price, "1") : ask(member, price, "1");
                        accepted += r.isAccepted() ? 1 : 0;
                    }
                    return accepted;
                }));
            }
            int total = 0;
            for (var future : futures) {
                total += future.get();
            }
            assertThat(total).isPositive();
        } finally {
            pool.shutdownNow();
        }
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).sequence()).isEqualTo(events.get(i - 1).sequence() + 1);
        }
    }
}
