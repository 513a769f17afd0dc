package dev.kalshisim.sim.engine.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.sim.engine.MatchingExchange;
import dev.kalshisim.sim.engine.catalog.EventSpec;
import dev.kalshisim.sim.engine.catalog.MarketSpec;
import dev.kalshisim.sim.engine.catalog.SeriesSpec;
import dev.kalshisim.sim.engine.config.EngineConfig;
import dev.kalshisim.sim.engine.order.AmendCommand;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.engine.time.Times;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random trading in and out of order groups, with groups created, triggered, reset, given
 * new limits and deleted between orders and the rules changed now and then: the engine's
 * invariants (the group ones included) hold after every command, and a fill-or-kill order is
 * never left half filled by a group that triggers.
 */
class OrderGroupRandomizedTest {

    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    private static final List<String> MEMBERS = List.of("m0", "m1", "m2", "m3");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 11, 2026})
    void invariantsHoldWithGroups(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        VirtualClock clock = new VirtualClock(Times.nanos(START));
        MatchingExchange exchange = new MatchingExchange(clock, EngineConfig.defaults().withIdSeed(seed));
        exchange.createSeries(SeriesSpec.of("Q", FeeType.QUADRATIC)).orElseThrow();
        exchange.createEvent(EventSpec.of("EQ", "Q")).orElseThrow();
        exchange.createMarket(MarketSpec.of("CENT", "EQ", START.minusSeconds(60), START.plus(Duration.ofDays(7))))
                .orElseThrow();
        for (String member : MEMBERS) {
            exchange.createMember(member, Money.ofDollars(20_000), null).orElseThrow();
        }
        List<String> groupIds = new ArrayList<>();
        List<String> orderIds = new ArrayList<>();
        Map<RejectReason, Integer> rejects = new EnumMap<>(RejectReason.class);
        int triggeredByFills = 0;
        for (int step = 0; step < 4_000; step++) {
            String member = MEMBERS.get(random.nextInt(MEMBERS.size()));
            String someGroup = groupIds.isEmpty() ? "none" : groupIds.get(random.nextInt(groupIds.size()));
            int roll = random.nextInt(100);
            if (roll < 6) {
                exchange.createOrderGroup(member, 0, Count.ofHundredths(100 + random.nextInt(3_000)))
                        .map(OrderGroupView::id).value();
                groupIds.addAll(exchange.orderGroups(member, null).stream().map(OrderGroupView::id)
                        .filter(id -> !groupIds.contains(id)).toList());
            } else if (roll < 9) {
                exchange.resetOrderGroup(member, someGroup, null);
            } else if (roll < 10) {
                exchange.triggerOrderGroup(member, someGroup, null);
            } else if (roll < 11) {
                exchange.updateOrderGroupLimit(member, someGroup, null, Count.ofHundredths(100 + random.nextInt(3_000)));
            } else if (roll < 12) {
                exchange.deleteOrderGroup(member, someGroup, null);
            } else if (roll < 13) {
                exchange.setOrderGroupRules(OrderGroupRules.defaults()
                        .withWindow(Duration.ofMillis(500 + random.nextInt(20_000)))
                        .withTriggerPoint(random.nextBoolean() ? OrderGroupRules.TriggerPoint.REACHED
                                : OrderGroupRules.TriggerPoint.EXCEEDED));
            } else if (roll < 18) {
                clock.advanceByMillis(random.nextInt(4_000));
            } else if (roll < 24) {
                String orderId = orderIds.isEmpty() ? "none" : orderIds.get(random.nextInt(orderIds.size()));
                exchange.amendOrder(new AmendCommand(member, orderId, null, null,
                        Price.ofUnits(4_000 + 100 * random.nextInt(21)), Count.ofHundredths(100 + random.nextInt(2_000)),
                        null, null));
            } else if (roll < 28) {
                exchange.cancelOrder(member, orderIds.isEmpty() ? "none" : orderIds.get(random.nextInt(orderIds.size())));
            } else {
                int before = triggeredCount(exchange);
                PlaceOrder order = PlaceOrder.limit(member, "CENT", random.nextBoolean() ? BookSide.BID : BookSide.ASK,
                        Price.ofUnits(4_000 + 100 * random.nextInt(21)), Count.ofHundredths(100 + random.nextInt(2_000)));
                if (random.nextInt(3) > 0) {
                    order = order.withOrderGroupId(random.nextInt(20) == 0 ? "unknown" : someGroup);
                }
                int tif = random.nextInt(8);
                if (tif == 0) {
                    order = order.withTimeInForce(TimeInForce.FILL_OR_KILL);
                } else if (tif == 1) {
                    order = order.withTimeInForce(TimeInForce.IMMEDIATE_OR_CANCEL);
                }
                OrderResult result = exchange.placeOrder(order);
                if (result.isAccepted()) {
                    orderIds.add(result.orderId());
                    if (order.timeInForce() == TimeInForce.FILL_OR_KILL) {
                        assertThat(result.order().status()).as("step %d: a fill-or-kill order", step)
                                .isEqualTo(OrderStatus.EXECUTED);
                    }
                    if (triggeredCount(exchange) > before) {
                        triggeredByFills++;
                    }
                } else {
                    rejects.merge(result.reject(), 1, Integer::sum);
                }
            }
            assertThat(exchange.checkInvariants()).as("after step %d (seed %d)", step, seed).isEmpty();
        }
        assertThat(triggeredByFills).as("fills should trigger groups").isGreaterThan(20);
        assertThat(rejects).containsKeys(RejectReason.ORDER_GROUP_NOT_FOUND_FOR_ORDER, RejectReason.ORDER_GROUP_LIMIT_EXCEEDED);
    }

    private static int triggeredCount(MatchingExchange exchange) {
        int triggered = 0;
        for (String member : MEMBERS) {
            triggered += (int) exchange.orderGroups(member, null).stream().filter(OrderGroupView::triggered).count();
        }
        return triggered;
    }
}
