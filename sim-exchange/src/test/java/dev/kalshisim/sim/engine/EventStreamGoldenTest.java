package dev.kalshisim.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.FeeType;
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
import dev.kalshisim.sim.engine.order.AmendCommand;
import dev.kalshisim.sim.engine.order.DecreaseCommand;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.query.OrderQuery;
import dev.kalshisim.sim.engine.retention.HistorySink;
import dev.kalshisim.sim.engine.retention.LiveWindow;
import dev.kalshisim.sim.engine.time.Times;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Pins the engine's whole observable behaviour on seeded random sessions: every event, every
 * command's result and periodic book, queue and order-list reads, hashed. The hashes were taken
 * from the engine before its book moved onto the price-time book ({@code book.pricetime}) and its
 * registry's indexes changed, so any change of matching, priority, ids, fees, events or the order
 * of query results fails here. A change that is meant to alter behaviour updates the hashes.
 * They were retaken once, from the engine on its old book, when order groups, subaccounts and
 * block trades added fields to orders and events and retention began archiving in batches: the
 * engine on the price-time book gave the same hashes.
 */
class EventStreamGoldenTest {

    private static final Instant START = Instant.parse("2026-05-01T09:00:00Z");
    private static final List<String> MEMBERS = List.of("a", "b", "c", "d");
    private static final List<String> MARKETS = List.of("CENT", "DECI");

    @Test
    void keepingEverythingLive() {
        assertThat(new Session(11, LiveWindow.KEEP_ALL).play(4_000))
                .isEqualTo("043cf4fde8cea328b193670f1daee272f436d45227477d86f407b865dbf8dab2");
    }

    @Test
    void withASmallLiveWindowThatMovesOrdersAndTradesOut() {
        LiveWindow small = LiveWindow.defaults().withCaps(150, 200, 10);
        assertThat(new Session(12, small).play(4_000))
                .isEqualTo("2d1dad0f74e56feed1924391e72ca5d0fb1e647a89550f386c311972148d5737");
    }

    private static final class Session {
        final SplittableRandom random;
        final VirtualClock clock = new VirtualClock(Times.nanos(START));
        final MatchingExchange exchange;
        final List<String> orderIds = new ArrayList<>();
        final MessageDigest digest;

        Session(long seed, LiveWindow window) {
            random = new SplittableRandom(seed);
            exchange = new MatchingExchange(clock, EngineConfig.defaults().withIdSeed(5), window, HistorySink.DISCARD);
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            exchange.addListener(event -> note(event.toString()));
            exchange.createSeries(SeriesSpec.of("S", FeeType.QUADRATIC)).orElseThrow();
            exchange.createEvent(EventSpec.of("E", "S")).orElseThrow();
            Instant open = START.minusSeconds(60);
            Instant close = START.plus(Duration.ofDays(3));
            exchange.createMarket(MarketSpec.of("CENT", "E", open, close)).orElseThrow();
            exchange.createMarket(MarketSpec.of("DECI", "E", open, close).withTickGrid(TickGrid.named("deci_cent")))
                    .orElseThrow();
            for (String member : MEMBERS) {
                exchange.createMember(member, Money.ofDollars(5_000), null).orElseThrow();
            }
        }

        void note(String line) {
            digest.update(line.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }

        String play(int steps) {
            for (int i = 0; i < steps; i++) {
                step();
                if (i % 250 == 0) {
                    reads();
                }
            }
            reads();
            assertThat(exchange.checkInvariants()).isEmpty();
            return HexFormat.of().formatHex(digest.digest());
        }

        void reads() {
            for (String ticker : MARKETS) {
                note(exchange.orderbook(ticker, 0).toString());
                note(String.valueOf(exchange.market(ticker)));
            }
            for (String member : MEMBERS) {
                note(exchange.orders(member, OrderQuery.all()).toString());
                note(exchange.queuePositions(member, List.of()).toString());
            }
        }

        void step() {
            int roll = random.nextInt(100);
            String member = MEMBERS.get(random.nextInt(MEMBERS.size()));
            if (roll < 40) {
                track(exchange.placeOrder(order(member)));
            } else if (roll < 50) {
                note(exchange.cancelOrder(member, someOrder()).toString());
            } else if (roll < 75) {
                String newClientId = random.nextInt(4) == 0 ? "k" + random.nextInt(6) : null;
                note(exchange.amendOrder(new AmendCommand(member, someOrder(), null, null,
                        random.nextInt(5) == 0 ? null : price(MARKETS.get(random.nextInt(2))),
                        random.nextBoolean() ? null : count(), null, newClientId)).toString());
            } else if (roll < 85) {
                Count amount = Count.ofHundredths(random.nextInt(400));
                note(exchange.decreaseOrder(random.nextBoolean() ? DecreaseCommand.by(member, someOrder(), amount)
                        : DecreaseCommand.to(member, someOrder(), amount)).toString());
            } else if (roll < 92) {
                clock.advanceByMillis(random.nextInt(4_000));
            } else if (roll < 94) {
                note(exchange.cancelAll(member, random.nextBoolean() ? null : MARKETS.get(random.nextInt(2))).toString());
            } else {
                note(exchange.queuePosition(member, someOrder()).toString());
            }
        }

        private PlaceOrder order(String member) {
            String ticker = MARKETS.get(random.nextInt(MARKETS.size()));
            PlaceOrder order = PlaceOrder.limit(member, ticker, random.nextBoolean() ? BookSide.BID : BookSide.ASK,
                    price(ticker), count());
            int kind = random.nextInt(10);
            if (kind < 2) {
                order = order.withTimeInForce(TimeInForce.IMMEDIATE_OR_CANCEL);
            } else if (kind < 3) {
                order = order.withTimeInForce(TimeInForce.FILL_OR_KILL);
            } else if (kind < 4) {
                order = order.withExpirationTime(Times.instant(clock.nowNanos()).plusMillis(1 + random.nextInt(15_000)));
            }
            if (random.nextBoolean()) {
                order = order.withSelfTradePrevention(SelfTradePrevention.MAKER);
            }
            if (random.nextInt(12) == 0) {
                order = order.withPostOnly(true);
            }
            if (random.nextInt(4) == 0) {
                order = order.withClientOrderId("c" + random.nextInt(10));
            }
            return order;
        }

        private Price price(String ticker) {
            long units = 3_000 + random.nextInt(4_001);
            return Price.ofUnits(ticker.equals("DECI") ? units / 10 * 10 : units / 100 * 100);
        }

        private Count count() {
            return Count.ofHundredths(1 + random.nextInt(random.nextBoolean() ? 300 : 3_000));
        }

        private String someOrder() {
            return orderIds.isEmpty() || random.nextInt(40) == 0 ? "missing"
                    : orderIds.get(random.nextInt(orderIds.size()));
        }

        private void track(OrderResult result) {
            note(result.toString());
            if (result.isAccepted()) {
                orderIds.add(result.orderId());
            }
        }
    }
}
