package dev.kalshisim.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.sim.engine.catalog.EventSpec;
import dev.kalshisim.sim.engine.catalog.MarketSpec;
import dev.kalshisim.sim.engine.catalog.SeriesSpec;
import dev.kalshisim.sim.engine.catalog.TickGrid;
import dev.kalshisim.sim.engine.config.EngineConfig;
import dev.kalshisim.sim.engine.ledger.AccountBalance;
import dev.kalshisim.sim.engine.order.AmendCommand;
import dev.kalshisim.sim.engine.order.DecreaseCommand;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.query.PositionQuery;
import dev.kalshisim.sim.engine.query.TradeQuery;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.engine.time.Times;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thousands of seeded random commands from several members over markets with different fee types
 * and grids; the invariants are checked after every command and after settling everything.
 */
class RandomizedEngineTest {

    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    private static final List<String> MEMBERS = List.of("m0", "m1", "m2", "m3", "m4");
    private static final List<String> MARKETS = List.of("CENT", "DECI", "MAKER");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 42})
    void invariantsHoldThroughoutRandomTrading(long seed) {
        Run run = new Run(seed);
        for (int step = 0; step < 3_000; step++) {
            run.step();
            List<String> violations = run.exchange.checkInvariants();
            assertThat(violations).as("after step %d (seed %d)", step, seed).isEmpty();
        }
        assertThat(run.trades()).as("the run should actually trade").isGreaterThan(300);
        assertThat(run.accepted).isGreaterThan(800);
        assertThat(run.rejects).containsKeys(RejectReason.INSUFFICIENT_BALANCE, RejectReason.INVALID_PRICE,
                RejectReason.INVALID_COUNT, RejectReason.EXCHANGE_PAUSED, RejectReason.FOK_INSUFFICIENT_VOLUME);
        run.settleEverything();
        assertThat(run.exchange.checkInvariants()).isEmpty();
        Money cash = Money.ZERO;
        for (String member : MEMBERS) {
            AccountBalance balance = run.exchange.balance(member).orElseThrow();
            assertThat(balance.reserved()).isEqualTo(Money.ZERO);
            cash = cash.plus(balance.cash());
        }
        assertThat(cash.plus(run.fees())).isEqualTo(run.deposits);
    }

    @Test
    void sameSeedGivesTheSameEventStream() {
        assertThat(new Run(7).play(1_500)).isEqualTo(new Run(7).play(1_500));
        assertThat(new Run(7).play(300)).isNotEqualTo(new Run(8).play(300));
    }

    /** One seeded session: an exchange, a clock, and a random source choosing commands. */
    private static final class Run {
        final SplittableRandom random;
        final VirtualClock clock = new VirtualClock(Times.nanos(START));
        final MatchingExchange exchange = new MatchingExchange(clock, EngineConfig.defaults().withIdSeed(99));
        final List<String> orderIds = new ArrayList<>();
        final List<String> eventLog = new ArrayList<>();
        final Map<RejectReason, Integer> rejects = new EnumMap<>(RejectReason.class);
        int accepted;
        Money deposits = Money.ZERO;

        Run(long seed) {
            random = new SplittableRandom(seed);
            exchange.addListener(event -> eventLog.add(event.toString()));
            exchange.createSeries(SeriesSpec.of("Q", FeeType.QUADRATIC)).orElseThrow();
            exchange.createSeries(new SeriesSpec("M", "M", "", "daily", List.of(), FeeType.QUADRATIC_WITH_MAKER_FEES,
                    new BigDecimal("1.5"))).orElseThrow();
            exchange.createEvent(EventSpec.of("EQ", "Q")).orElseThrow();
            exchange.createEvent(EventSpec.of("EM", "M")).orElseThrow();
            Instant open = START.minusSeconds(60);
            Instant close = START.plus(Duration.ofDays(7));
            exchange.createMarket(MarketSpec.of("CENT", "EQ", open, close)).orElseThrow();
            exchange.createMarket(MarketSpec.of("DECI", "EQ", open, close).withTickGrid(TickGrid.named("deci_cent")))
                    .orElseThrow();
            exchange.createMarket(MarketSpec.of("MAKER", "EM", open, close)
                    .withTickGrid(TickGrid.named("tapered_deci_cent"))).orElseThrow();
            for (String member : MEMBERS) {
                Money initial = Money.ofCents(2_000 + random.nextInt(50_000));
                // m4 is a direct member: its fills keep four decimals instead of whole cents.
                exchange.createMember(member, initial, null, member.equals("m4")).orElseThrow();
                deposits = deposits.plus(initial);
            }
        }

        String play(int steps) {
            for (int i = 0; i < steps; i++) {
                step();
            }
            return Integer.toHexString(eventLog.hashCode()) + "/" + eventLog.size();
        }

        void step() {
            if (random.nextInt(4) == 0) {
                exchange.setTradingActive(true);
                exchange.setExchangeActive(true);
            }
            int roll = random.nextInt(100);
            String member = MEMBERS.get(random.nextInt(MEMBERS.size()));
            if (roll < 50) {
                track(exchange.placeOrder(randomOrder(member)));
            } else if (roll < 62) {
                exchange.cancelOrder(member, someOrder());
            } else if (roll < 72) {
                exchange.amendOrder(new AmendCommand(member, someOrder(), null, null, random.nextBoolean()
                        ? price(MARKETS.get(random.nextInt(3))) : null, count(), null, null));
            } else if (roll < 80) {
                Count amount = Count.ofHundredths(random.nextInt(300));
                exchange.decreaseOrder(random.nextBoolean() ? DecreaseCommand.by(member, someOrder(), amount)
                        : DecreaseCommand.to(member, someOrder(), amount));
            } else if (roll < 85) {
                clock.advanceByMillis(random.nextInt(5_000));
            } else if (roll < 88) {
                List<PlaceOrder> batch = new ArrayList<>();
                for (int i = random.nextInt(4); i >= 0; i--) {
                    batch.add(randomOrder(member));
                }
                exchange.placeOrders(batch).forEach(this::track);
            } else if (roll < 89) {
                // Pauses are short: a paused exchange mostly rejects, which tests little.
                exchange.setTradingActive(false);
            } else if (roll < 90) {
                exchange.setExchangeActive(false);
            } else if (roll < 92) {
                exchange.cancelAll(member, random.nextBoolean() ? null : MARKETS.get(random.nextInt(3)));
            } else if (roll < 93) {
                Money amount = Money.ofCents(random.nextInt(10_000) - 3_000);
                if (exchange.deposit(member, amount).isOk()) {
                    deposits = deposits.plus(amount);
                }
            } else {
                exchange.queuePosition(member, someOrder());
                exchange.orderbook(MARKETS.get(random.nextInt(3)), random.nextInt(4));
            }
        }

        private PlaceOrder randomOrder(String member) {
            String ticker = MARKETS.get(random.nextInt(MARKETS.size()));
            PlaceOrder order = PlaceOrder.limit(member, ticker, random.nextBoolean() ? BookSide.BID : BookSide.ASK,
                    price(ticker), count());
            int tif = random.nextInt(10);
            if (tif < 2) {
                order = order.withTimeInForce(TimeInForce.IMMEDIATE_OR_CANCEL);
            } else if (tif < 3) {
                order = order.withTimeInForce(TimeInForce.FILL_OR_KILL);
            } else if (tif < 4) {
                order = order.withExpirationTime(Times.instant(clock.nowNanos()).plusMillis(1 + random.nextInt(20_000)));
            }
            if (random.nextInt(2) == 0) {
                order = order.withSelfTradePrevention(SelfTradePrevention.MAKER);
            }
            if (random.nextInt(10) == 0) {
                order = order.withPostOnly(true);
            }
            if (random.nextInt(10) == 0) {
                order = order.withReduceOnly(true);
            }
            if (random.nextInt(5) == 0) {
                order = order.withClientOrderId("c" + random.nextInt(8));
            }
            if (random.nextInt(20) == 0) {
                order = order.withCancelOnPause(true);
            }
            return order;
        }

        /** A price around the middle so orders often cross; now and then off-grid or extreme. */
        private Price price(String ticker) {
            long units = 2_000 + random.nextInt(6_001);
            boolean offGrid = random.nextInt(25) == 0;
            units = ticker.equals("DECI") || offGrid ? units / 10 * 10 : units / 100 * 100;
            if (random.nextInt(40) == 0) {
                units = random.nextBoolean() ? 50 + random.nextInt(5) * 10 : 9_950 - random.nextInt(5) * 10;
            }
            return Price.ofUnits(units);
        }

        private Count count() {
            return Count.ofHundredths(random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 100 : 5_000));
        }

        private String someOrder() {
            return orderIds.isEmpty() || random.nextInt(30) == 0 ? "unknown"
                    : orderIds.get(random.nextInt(orderIds.size()));
        }

        private void track(OrderResult result) {
            if (result.isAccepted()) {
                orderIds.add(result.orderId());
                accepted++;
            } else {
                rejects.merge(result.reject(), 1, Integer::sum);
            }
        }

        long trades() {
            return exchange.trades(TradeQuery.all()).size();
        }

        Money fees() {
            Money total = Money.ZERO;
            for (String member : MEMBERS) {
                for (var position : exchange.positions(member, PositionQuery.all())) {
                    total = total.plus(position.feesPaidDollars());
                }
            }
            return total;
        }

        void settleEverything() {
            exchange.setExchangeActive(true);
            exchange.setTradingActive(true);
            for (String ticker : MARKETS) {
                exchange.settleMarket(ticker, random.nextBoolean() ? MarketResult.YES : MarketResult.NO).orElseThrow();
            }
        }
    }
}
