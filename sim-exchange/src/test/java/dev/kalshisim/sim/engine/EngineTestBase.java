package dev.kalshisim.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.core.model.OrderbookLevel;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.time.VirtualClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh exchange per test with one open market ("MKT", whole cents, quadratic fees) and three
 * members with $1,000 each; every event is recorded and the invariants are checked after each test.
 */
abstract class EngineTestBase {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final String MKT = "MKT";
    static final String ALICE = "alice";
    static final String BOB = "bob";
    static final String CAROL = "carol";

    VirtualClock clock;
    MatchingExchange exchange;
    final List<ExchangeEvent> events = new ArrayList<>();

    @BeforeEach
    void setUpExchange() {
        clock = new VirtualClock(Times.nanos(START));
        exchange = new MatchingExchange(clock, config());
        exchange.addListener(events::add);
        exchange.createSeries(SeriesSpec.of("SER", FeeType.QUADRATIC)).orElseThrow();
        exchange.createEvent(EventSpec.of("EV", "SER")).orElseThrow();
        exchange.createMarket(market(MKT, "EV")).orElseThrow();
        for (String member : List.of(ALICE, BOB, CAROL)) {
            exchange.createMember(member, Money.ofDollars(1_000), member + "-key").orElseThrow();
        }
        events.clear();
    }

    @AfterEach
    void checkInvariants() {
        assertThat(exchange.checkInvariants()).isEmpty();
    }

    EngineConfig config() {
        return EngineConfig.defaults();
    }

    static MarketSpec market(String ticker, String event) {
        return MarketSpec.of(ticker, event, START.minus(Duration.ofHours(1)), START.plus(Duration.ofDays(1)));
    }

    /** Adds a series with its own fee terms, an event and a market {@code ticker} in it. */
    void addMarket(String ticker, FeeType feeType, String multiplier) {
        String series = "S-" + ticker;
        exchange.createSeries(new SeriesSpec(series, series, "", "custom", List.of(), feeType,
                new BigDecimal(multiplier))).orElseThrow();
        exchange.createEvent(EventSpec.of("E-" + ticker, series)).orElseThrow();
        exchange.createMarket(market(ticker, "E-" + ticker)).orElseThrow();
        events.clear();
    }

    static Price p(String dollars) {
        return Price.parse(dollars);
    }

    static Count c(String contracts) {
        return Count.parseSigned(contracts);
    }

    static Money usd(String dollars) {
        return Money.parse(dollars);
    }

    OrderResult bid(String member, String price, String count) {
        return exchange.placeOrder(PlaceOrder.bid(member, MKT, p(price), c(count)));
    }

    OrderResult ask(String member, String price, String count) {
        return exchange.placeOrder(PlaceOrder.ask(member, MKT, p(price), c(count)));
    }

    OrderResult place(PlaceOrder order) {
        return exchange.placeOrder(order);
    }

    /** The book as text: {@code yes 0.4000x10.00 0.4200x13.00 | no 0.5600x17.00}, ascending. */
    String book(String ticker) {
        Orderbook book = exchange.orderbook(ticker, 0).orElseThrow();
        return "yes" + levels(book.yesDollars()) + " | no" + levels(book.noDollars());
    }

    String book() {
        return book(MKT);
    }

    private static String levels(List<OrderbookLevel> levels) {
        return levels.stream().map(l -> " " + l.price() + "x" + l.count()).collect(Collectors.joining());
    }

    AccountBalance balance(String member) {
        return exchange.balance(member).orElseThrow();
    }

    Money cash(String member) {
        return balance(member).cash();
    }

    Money available(String member) {
        return balance(member).available();
    }

    Count position(String member, String ticker) {
        return exchange.positions(member, PositionQuery.forTicker(ticker)).stream()
                .map(MarketPosition::positionFp).findFirst().orElse(Count.ZERO);
    }

    MarketPosition positionRecord(String member, String ticker) {
        return exchange.positions(member, PositionQuery.forTicker(ticker)).get(0);
    }

    <T extends ExchangeEvent> List<T> eventsOf(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    /** A member's 100 one-lot fills in {@link #MKT} at $0.67 and Carol's one equivalent 100-lot fill. */
    record Convergence(OrderResult many, OrderResult one) {
    }

    /** Alice takes 100 one-lot asks of Bob's in one order; Carol takes one 100-lot ask at the same price. */
    Convergence oneLotFillsAndOneEquivalentFill() {
        for (int i = 0; i < 100; i++) {
            ask(BOB, "0.67", "1");
        }
        OrderResult many = bid(ALICE, "0.67", "100");
        ask(BOB, "0.67", "100");
        return new Convergence(many, bid(CAROL, "0.67", "100"));
    }

    /** Alice takes three of Bob's one-lot asks at $0.055 in a fee-free deci-cent market, in one order. */
    OrderResult threeFeeFreeSubPennyFills() {
        addMarket("FREE", FeeType.QUADRATIC, "0");
        exchange.createMarket(market("FREE-DC", "E-FREE").withTickGrid(TickGrid.named("deci_cent"))).orElseThrow();
        for (int i = 0; i < 3; i++) {
            place(PlaceOrder.ask(BOB, "FREE-DC", p("0.055"), c("1")));
        }
        return place(PlaceOrder.bid(ALICE, "FREE-DC", p("0.055"), c("3")));
    }
}
