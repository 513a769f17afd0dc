package dev.kalshisim.sim.engine.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.sim.engine.MatchingExchange;
import dev.kalshisim.sim.engine.catalog.EventSpec;
import dev.kalshisim.sim.engine.catalog.MarketSpec;
import dev.kalshisim.sim.engine.catalog.SeriesSpec;
import dev.kalshisim.sim.engine.config.EngineConfig;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.query.FillQuery;
import dev.kalshisim.sim.engine.query.OrderQuery;
import dev.kalshisim.sim.engine.query.PositionQuery;
import dev.kalshisim.sim.engine.query.TradeQuery;
import dev.kalshisim.sim.engine.time.Times;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live window: what leaves the engine for the historical store, what stays, and the cutoffs. */
class LiveWindowTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final VirtualClock clock = new VirtualClock(Times.nanos(START));
    private final List<Archived> archived = new ArrayList<>();
    private final boolean[] refuse = {false};
    private MatchingExchange exchange;

    @BeforeEach
    void setUp() {
        start(new LiveWindow(WINDOW, 1_000, 1_000, 100, 1_000));
    }

    private void start(LiveWindow window) {
        archived.clear();
        exchange = new MatchingExchange(clock, EngineConfig.defaults(), window, batch -> {
            if (refuse[0]) {
                throw new IllegalStateException("disk full");
            }
            archived.add(batch);
        });
        exchange.createSeries(SeriesSpec.of("SER", FeeType.QUADRATIC)).orElseThrow();
        exchange.createEvent(EventSpec.of("EV", "SER")).orElseThrow();
        for (String ticker : List.of("A", "B")) {
            exchange.createMarket(MarketSpec.of(ticker, "EV", START.minusSeconds(60), START.plus(Duration.ofDays(2))))
                    .orElseThrow();
        }
        for (String member : List.of("alice", "bob")) {
            exchange.createMember(member, Money.ofDollars(1_000), member + "-key").orElseThrow();
        }
    }

    @AfterEach
    void invariantsHold() {
        assertThat(exchange.checkInvariants()).isEmpty();
    }

    @Test
    void finishedOrdersFillsAndTradesLeaveAfterTheWindowWhileRestingOrdersAndOpenPositionsStay() {
        String resting = bid("alice", "A", "0.30", "5").order().orderId();
        String maker = ask("bob", "A", "0.40", "3").order().orderId();
        String taker = bid("alice", "A", "0.45", "3").order().orderId(); // fills bob's ask fully
        String canceled = bid("bob", "B", "0.20", "1").order().orderId();
        exchange.cancelOrder("bob", canceled);

        clock.advanceBy((WINDOW.minusSeconds(1)).toNanos());
        poke();
        assertThat(archived).isEmpty();
        assertThat(exchange.cutoffs()).isEqualTo(Cutoffs.NONE);

        clock.advanceBy((Duration.ofSeconds(2)).toNanos());
        poke();
        List<String> movedOrders = archived.stream().flatMap(b -> b.orders().stream()).map(Order::orderId).toList();
        assertThat(movedOrders).containsExactlyInAnyOrder(maker, taker, canceled);
        assertThat(archived.stream().flatMap(b -> b.trades().stream())).hasSize(1);
        assertThat(archived.stream().flatMap(b -> b.fills().stream()).map(f -> f.memberId()))
                .containsExactlyInAnyOrder("alice", "bob");

        assertThat(exchange.orders("alice", OrderQuery.all())).extracting(Order::orderId).containsExactly(resting);
        assertThat(exchange.orders("bob", OrderQuery.all())).isEmpty();
        assertThat(exchange.order("bob", maker).isOk()).isFalse();
        assertThat(exchange.fills("alice", FillQuery.all())).isEmpty();
        assertThat(exchange.trades(TradeQuery.all())).isEmpty();
        assertThat(exchange.positions("alice", PositionQuery.all())).extracting(p -> p.positionFp())
                .contains(Count.ofContracts(3));
        assertThat(exchange.cancelOrder("alice", resting).isAccepted()).isTrue();
        // Nothing older than the window's edge is left, so the cutoffs sit at the edge: now - 10 min.
        assertThat(exchange.cutoffs().tradesCreated()).isEqualTo(START.plusSeconds(1));
        assertThat(exchange.cutoffs().ordersUpdated()).isEqualTo(START.plusSeconds(1));
        assertThat(exchange.cutoffs().marketSettled()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void aSettledMarketLeavesWithItsPositionsAndItsTickerStaysTaken() {
        ask("bob", "A", "0.40", "2");
        bid("alice", "A", "0.40", "2");
        exchange.settleMarket("A", MarketResult.YES).orElseThrow();
        clock.advanceBy((WINDOW.plusSeconds(1)).toNanos());
        poke();

        Archived.ArchivedMarket market = archived.stream().flatMap(b -> b.markets().stream()).findFirst().orElseThrow();
        assertThat(market.market().ticker()).isEqualTo("A");
        assertThat(market.seriesTicker()).isEqualTo("SER");
        assertThat(market.positions()).extracting(Archived.MemberPosition::memberId)
                .containsExactlyInAnyOrder("alice", "bob");
        assertThat(exchange.market("A")).isEmpty();
        assertThat(exchange.market("B")).isPresent();
        assertThat(exchange.positions("alice", PositionQuery.all())).noneMatch(p -> p.ticker().equals("A"));
        assertThat(exchange.cutoffs().marketSettled()).isEqualTo(exchange.cutoffs().positionsUpdated())
                .isAfter(START);
        assertThat(exchange.createMarket(MarketSpec.of("A", "EV", START, START.plus(Duration.ofDays(3)))).isOk())
                .isFalse();
    }

    @Test
    void countCapsMoveTheOldestInsideTheWindowAndTradesOfOneInstantLeaveTogether() {
        start(new LiveWindow(WINDOW, 3, 4, 100, 1_000));
        for (int i = 0; i < 5; i++) {
            ask("bob", "A", "0.40", "1");
            bid("alice", "A", "0.40", "1");
            clock.advanceBy((Duration.ofSeconds(1)).toNanos());
        }
        poke();
        assertThat(exchange.trades(TradeQuery.all())).hasSizeLessThanOrEqualTo(3);
        assertThat(exchange.liveCounts().orders()).isLessThanOrEqualTo(4);
        List<Trade> moved = archived.stream().flatMap(b -> b.trades().stream()).toList();
        List<Trade> live = exchange.trades(TradeQuery.all());
        assertThat(moved.size() + live.size()).isEqualTo(5);
        Instant cutoff = exchange.cutoffs().tradesCreated();
        assertThat(moved).allMatch(t -> t.createdTime().isBefore(cutoff));
        assertThat(live).allMatch(t -> !t.createdTime().isBefore(cutoff));
        // Two trades at one instant: the cap of one cannot split them, so both stay or both go.
        start(new LiveWindow(WINDOW, 1, 100, 100, 1_000));
        ask("bob", "A", "0.40", "1");
        ask("bob", "A", "0.41", "1");
        bid("alice", "A", "0.41", "2");
        poke();
        assertThat(exchange.trades(TradeQuery.all()).size()).isIn(0, 2);
    }

    @Test
    void aQueuePastItsCapGoesDownToNineTenthsSoTheStoreIsWrittenInBatches() {
        start(new LiveWindow(WINDOW, 1_000, 20, 100, 1_000));
        for (int i = 0; i < 20; i++) {
            cancelledBid(i);
        }
        assertThat(archived).isEmpty();
        cancelledBid(20);
        // 21 finished orders, cap 20: down to 18 in one batch of three, not one order per command.
        assertThat(exchange.liveCounts().orders()).isEqualTo(18);
        assertThat(archived).hasSize(1);
        assertThat(archived.get(0).orders()).hasSize(3);
        cancelledBid(21);
        cancelledBid(22);
        assertThat(exchange.liveCounts().orders()).isEqualTo(20);
        assertThat(archived).hasSize(1);
        assertThat(Retention.lowWater(1)).isZero();
        assertThat(Retention.lowWater(10_000)).isEqualTo(9_000);
    }

    /** One finished order, at an instant of its own (orders finished at one instant leave together). */
    private void cancelledBid(int i) {
        String id = bid("alice", "B", "0.10", "1").order().orderId();
        exchange.cancelOrder("alice", id);
        clock.advanceBy(1_000_000_000L);
    }

    @Test
    void aFailingStoreKeepsEverythingLiveUntilItRecovers() {
        ask("bob", "A", "0.40", "1");
        bid("alice", "A", "0.40", "1");
        refuse[0] = true;
        clock.advanceBy((WINDOW.plusSeconds(1)).toNanos());
        poke();
        assertThat(exchange.trades(TradeQuery.all())).hasSize(1);
        assertThat(exchange.fills("alice", FillQuery.all())).hasSize(1);
        assertThat(exchange.cutoffs()).isEqualTo(Cutoffs.NONE);
        refuse[0] = false;
        poke();
        assertThat(exchange.trades(TradeQuery.all())).isEmpty();
        assertThat(archived).hasSize(1);
    }

    @Test
    void theBudgetSpreadsABigMoveOverSeveralCommands() {
        start(new LiveWindow(WINDOW, 1_000, 1_000, 100, 4));
        for (int i = 0; i < 10; i++) {
            String id = bid("alice", "B", "0.10", "1").order().orderId();
            exchange.cancelOrder("alice", id);
            // One instant per order: orders finished at one instant would leave together.
            clock.advanceBy(1_000_000_000L);
        }
        clock.advanceBy((WINDOW.plusSeconds(1)).toNanos());
        poke();
        assertThat(archived.get(0).orders()).hasSize(4);
        for (int i = 0; i < 3; i++) {
            poke();
        }
        assertThat(exchange.orders("alice", OrderQuery.all())).isEmpty();
        assertThat(archived.stream().mapToInt(b -> b.orders().size()).sum()).isEqualTo(10);
        assertThat(archived.stream().flatMap(b -> b.orders().stream()))
                .allMatch(o -> o.status() == OrderStatus.CANCELED);
    }

    @Test
    void twentyFourHourVolumeIsKeptByTheMinuteAfterTradesLeave() {
        ask("bob", "A", "0.40", "4");
        bid("alice", "A", "0.40", "4");
        clock.advanceBy((Duration.ofHours(2)).toNanos());
        poke();
        assertThat(exchange.trades(TradeQuery.forTicker("A"))).isEmpty();
        assertThat(exchange.market("A").orElseThrow().volume24hFp()).isEqualTo(Count.ofContracts(4));
        clock.advanceBy((Duration.ofHours(22).plusMinutes(2)).toNanos());
        assertThat(exchange.market("A").orElseThrow().volume24hFp()).isEqualTo(Count.ZERO);
        assertThat(exchange.market("A").orElseThrow().volumeFp()).isEqualTo(Count.ofContracts(4));
    }

    private OrderResult bid(String member, String ticker, String price, String count) {
        return exchange.placeOrder(PlaceOrder.bid(member, ticker, Price.parse(price), Count.parseSigned(count)));
    }

    private OrderResult ask(String member, String ticker, String price, String count) {
        return exchange.placeOrder(PlaceOrder.ask(member, ticker, Price.parse(price), Count.parseSigned(count)));
    }

    /** Any command runs an eviction round; re-opening open trading changes nothing else. */
    private void poke() {
        exchange.setTradingActive(true);
    }
}
