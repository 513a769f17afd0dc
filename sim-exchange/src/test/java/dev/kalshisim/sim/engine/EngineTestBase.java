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
import dev.kalshisim.sim.engine.catalog.EventSpec;
import dev.kalshisim.sim.engine.catalog.MarketSpec;
import dev.kalshisim.sim.engine.catalog.SeriesSpec;
import dev.kalshisim.sim.engine.catalog.TickGrid;
import dev.kalshisim.sim.engine.config.EngineConfig;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.ledger.AccountBalance;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.query.PositionQuery;
import dev.kalshisim.sim.engine.time.Times;
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
public abstract class EngineTestBase {

    protected static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    protected static final String MKT = "MKT";
    protected static final String ALICE = "alice";
    protected static final String BOB = "bob";
    protected static final String CAROL = "carol";

    protected VirtualClock clock;
    protected MatchingExchange exchange;
    protected final List<ExchangeEvent> events = new ArrayList<>();

    @BeforeEach
    protected void setUpExchange() {
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
    protected void checkInvariants() {
        assertThat(exchange.checkInvariants()).isEmpty();
    }

    protected EngineConfig config() {
        return EngineConfig.defaults();
    }

    protected static MarketSpec market(String ticker, String event) {
        return MarketSpec.of(ticker, event, START.minus(Duration.ofHours(1)), START.plus(Duration.ofDays(1)));
    }

    /** Adds a series with its own fee terms, an event and a market {@code ticker} in it. */
    protected void addMarket(String ticker, FeeType feeType, String multiplier) {
        String series = "S-" + ticker;
        exchange.createSeries(new SeriesSpec(series, series, "", "custom", List.of(), feeType,
                new BigDecimal(multiplier))).orElseThrow();
        exchange.createEvent(EventSpec.of("E-" + ticker, series)).orElseThrow();
        exchange.createMarket(market(ticker, "E-" + ticker)).orElseThrow();
        events.clear();
    }

    protected static Price p(String dollars) {
        return Price.parse(dollars);
    }

    protected static Count c(String contracts) {
        return Count.parseSigned(contracts);
    }

    protected static Money usd(String dollars) {
        return Money.parse(dollars);
    }

    protected OrderResult bid(String member, String price, String count) {
        return exchange.placeOrder(PlaceOrder.bid(member, MKT, p(price), c(count)));
    }

    protected OrderResult ask(String member, String price, String count) {
        return exchange.placeOrder(PlaceOrder.ask(member, MKT, p(price), c(count)));
    }

    protected OrderResult place(PlaceOrder order) {
        return exchange.placeOrder(order);
    }

    /** The book as text: {@code yes 0.4000x10.00 0.4200x13.00 | no 0.5600x17.00}, ascending. */
    protected String book(String ticker) {
        Orderbook book = exchange.orderbook(ticker, 0).orElseThrow();
        return "yes" + levels(book.yesDollars()) + " | no" + levels(book.noDollars());
    }

    protected String book() {
        return book(MKT);
    }

    private static String levels(List<OrderbookLevel> levels) {
        return levels.stream().map(l -> " " + l.price() + "x" + l.count()).collect(Collectors.joining());
    }

    protected AccountBalance balance(String member) {
        return exchange.balance(member).orElseThrow();
    }

    protected Money cash(String member) {
        return balance(member).cash();
    }

    protected Money available(String member) {
        return balance(member).available();
    }

    protected Count position(String member, String ticker) {
        return exchange.positions(member, PositionQuery.forTicker(ticker)).stream()
                .map(MarketPosition::positionFp).findFirst().orElse(Count.ZERO);
    }

    protected MarketPosition positionRecord(String member, String ticker) {
        return exchange.positions(member, PositionQuery.forTicker(ticker)).get(0);
    }

    protected <T extends ExchangeEvent> List<T> eventsOf(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    /** A member's 100 one-lot fills in {@link #MKT} at $0.67 and Carol's one equivalent 100-lot fill. */
    protected record Convergence(OrderResult many, OrderResult one) {
    }

    /** Alice takes 100 one-lot asks of Bob's in one order; Carol takes one 100-lot ask at the same price. */
    protected Convergence oneLotFillsAndOneEquivalentFill() {
        for (int i = 0; i < 100; i++) {
            ask(BOB, "0.67", "1");
        }
        OrderResult many = bid(ALICE, "0.67", "100");
        ask(BOB, "0.67", "100");
        return new Convergence(many, bid(CAROL, "0.67", "100"));
    }

    /** Alice takes three of Bob's one-lot asks at $0.055 in a fee-free deci-cent market, in one order. */
    protected OrderResult threeFeeFreeSubPennyFills() {
        addMarket("FREE", FeeType.QUADRATIC, "0");
        exchange.createMarket(market("FREE-DC", "E-FREE").withTickGrid(TickGrid.named("deci_cent"))).orElseThrow();
        for (int i = 0; i < 3; i++) {
            place(PlaceOrder.ask(BOB, "FREE-DC", p("0.055"), c("1")));
        }
        return place(PlaceOrder.bid(ALICE, "FREE-DC", p("0.055"), c("3")));
    }
}
