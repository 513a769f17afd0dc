package dev.kalshisim.sim.engine.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.sim.engine.EngineTestBase;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.event.ExchangeEvent.GroupChange;
import dev.kalshisim.sim.engine.order.AmendCommand;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.result.CancelReason;
import dev.kalshisim.sim.engine.result.RejectReason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order-group rules one at a time; {@link EngineTestBase} checks the invariants after each test. */
class OrderGroupServiceTest extends EngineTestBase {

    private String group(String member, String limit) {
        return exchange.createOrderGroup(member, 0, c(limit)).orElseThrow().id();
    }

    private OrderResult bidIn(String member, String groupId, String price, String count) {
        return place(PlaceOrder.bid(member, MKT, p(price), c(count)).withOrderGroupId(groupId));
    }

    private OrderResult askIn(String member, String groupId, String price, String count) {
        return place(PlaceOrder.ask(member, MKT, p(price), c(count)).withOrderGroupId(groupId));
    }

    private List<String> groupEvents() {
        return eventsOf(ExchangeEvent.OrderGroupChanged.class).stream()
                .map(e -> e.change().wire() + (e.contractsLimit() == null ? "" : " " + e.contractsLimit())).toList();
    }

    @Test
    void everyChangeIsPublishedWithTheLimitOnlyWhereKalshiSendsIt() {
        String g = group(ALICE, "10");
        exchange.updateOrderGroupLimit(ALICE, g, null, c("12")).orElseThrow();
        exchange.triggerOrderGroup(ALICE, g, null).orElseThrow();
        exchange.triggerOrderGroup(ALICE, g, null).orElseThrow(); // already triggered: no second message
        exchange.resetOrderGroup(ALICE, g, null).orElseThrow();
        exchange.deleteOrderGroup(ALICE, g, null).orElseThrow();
        assertThat(groupEvents()).containsExactly("created 10.00", "limit_updated 12.00", "triggered", "reset",
                "deleted");
        assertThat(eventsOf(ExchangeEvent.OrderGroupChanged.class)).allMatch(e -> e.memberId().equals(ALICE)
                && e.orderGroupId().equals(g));
        assertThat(exchange.orderGroups(ALICE, null)).isEmpty();
    }

    @Test
    void triggeringCancelsTheGroupsRestingOrdersWithTheGroupReason() {
        String g = group(ALICE, "5");
        OrderResult first = bidIn(ALICE, g, "0.40", "5");
        OrderResult second = askIn(ALICE, g, "0.60", "2");
        events.clear();
        ask(BOB, "0.40", "5");
        List<ExchangeEvent.OrderUpdated> canceled = eventsOf(ExchangeEvent.OrderUpdated.class).stream()
                .filter(u -> u.cancelReason() == CancelReason.ORDER_GROUP).toList();
        assertThat(canceled).extracting(u -> u.order().orderId()).containsExactly(second.orderId());
        assertThat(exchange.order(ALICE, first.orderId()).orElseThrow().status().wire()).isEqualTo("executed");
        assertThat(groupEvents()).containsExactly("triggered");
        assertThat(book()).isEqualTo("yes | no");
    }

    @Test
    void theExceededTriggerPointLetsTheLimitItselfMatch() {
        exchange.setOrderGroupRules(OrderGroupRules.defaults().withTriggerPoint(OrderGroupRules.TriggerPoint.EXCEEDED));
        String g = group(ALICE, "5");
        bidIn(ALICE, g, "0.40", "20");
        ask(BOB, "0.40", "5");
        assertThat(exchange.orderGroup(ALICE, g, null).orElseThrow().triggered()).isFalse();
        ask(BOB, "0.40", "0.01");
        assertThat(exchange.orderGroup(ALICE, g, null).orElseThrow().triggered()).isTrue();
    }

    @Test
    void changingTheRulesTriggersGroupsTheyPutAtTheirLimit() {
        exchange.setOrderGroupRules(OrderGroupRules.defaults().withTriggerPoint(OrderGroupRules.TriggerPoint.EXCEEDED));
        String g = group(ALICE, "5");
        bidIn(ALICE, g, "0.40", "20");
        ask(BOB, "0.40", "5");
        exchange.setOrderGroupRules(OrderGroupRules.defaults());
        assertThat(exchange.orderGroup(ALICE, g, null).orElseThrow().triggered()).isTrue();
        assertThat(book()).isEqualTo("yes | no");
    }

    @Test
    void aShorterWindowForgetsFillsSooner() {
        exchange.setOrderGroupRules(OrderGroupRules.defaults().withWindow(Duration.ofSeconds(1)));
        String g = group(ALICE, "5");
        bidIn(ALICE, g, "0.40", "20");
        ask(BOB, "0.40", "4");
        clock.advanceByMillis(1_000);
        ask(BOB, "0.40", "4");
        assertThat(exchange.orderGroup(ALICE, g, null).orElseThrow().matched()).isEqualTo(c("4"));
        assertThat(exchange.orderGroup(ALICE, g, null).orElseThrow().triggered()).isFalse();
    }

    @Test
    void fillOrKillCountsOnlyMakerVolumeTheirGroupsLeave() {
        String g = group(BOB, "5");
        askIn(BOB, g, "0.40", "5");
        askIn(BOB, g, "0.41", "5");
        // The first 5 trigger Bob's group, which cancels his second ask: 10 could never fill.
        OrderResult refused = place(PlaceOrder.bid(ALICE, MKT, p("0.41"), c("10"))
                .withTimeInForce(TimeInForce.FILL_OR_KILL));
        assertThat(refused.reject()).isEqualTo(RejectReason.FOK_INSUFFICIENT_VOLUME);
        OrderResult filled = place(PlaceOrder.bid(ALICE, MKT, p("0.41"), c("5"))
                .withTimeInForce(TimeInForce.FILL_OR_KILL));
        assertThat(filled.fillCount()).isEqualTo(c("5"));
        assertThat(exchange.orderGroup(BOB, g, null).orElseThrow().triggered()).isTrue();
        assertThat(book()).isEqualTo("yes | no");
    }

    @Test
    void aFillOrKillOrderMustFitWhatItsOwnGroupMayStillMatch() {
        String g = group(ALICE, "5");
        ask(BOB, "0.40", "10");
        OrderResult refused = place(PlaceOrder.bid(ALICE, MKT, p("0.40"), c("6")).withOrderGroupId(g)
                .withTimeInForce(TimeInForce.FILL_OR_KILL));
        assertThat(refused.reject()).isEqualTo(RejectReason.ORDER_GROUP_LIMIT_EXCEEDED);
        OrderResult filled = place(PlaceOrder.bid(ALICE, MKT, p("0.40"), c("5")).withOrderGroupId(g)
                .withTimeInForce(TimeInForce.FILL_OR_KILL));
        assertThat(filled.order().status().wire()).isEqualTo("executed");
    }

    @Test
    void groupsBelongToOneSubaccount() {
        assertThat(exchange.createOrderGroup(ALICE, 2, c("10")).reject()).isEqualTo(RejectReason.SUBACCOUNT_NOT_FOUND);
        exchange.createSubaccount(ALICE).orElseThrow();
        exchange.createSubaccount(ALICE).orElseThrow();
        exchange.transferCash(new dev.kalshisim.sim.engine.subaccount.CashTransfer(ALICE, "fund-2", 0, 2, 100, 0))
                .orElseThrow();
        String g = exchange.createOrderGroup(ALICE, 2, c("10")).orElseThrow().id();
        assertThat(exchange.orderGroups(ALICE, 2)).extracting(OrderGroupView::id).containsExactly(g);
        assertThat(exchange.orderGroups(ALICE, 0)).isEmpty();
        assertThat(exchange.orderGroups(ALICE, null)).hasSize(1);
        assertThat(exchange.orderGroup(ALICE, g, 0).reject()).isEqualTo(RejectReason.ORDER_GROUP_NOT_FOUND);
        assertThat(bidIn(ALICE, g, "0.40", "1").reject()).isEqualTo(RejectReason.ORDER_GROUP_NOT_FOUND_FOR_ORDER);
        OrderResult inSubaccount = place(PlaceOrder.bid(ALICE, MKT, p("0.40"), c("1")).withOrderGroupId(g)
                .withSubaccount(2));
        assertThat(inSubaccount.isAccepted()).isTrue();
        assertThat(inSubaccount.order().orderGroupId()).isEqualTo(g);
        assertThat(exchange.orderGroup(ALICE, g, 2).orElseThrow().orderIds()).containsExactly(inSubaccount.orderId());
    }

    @Test
    void limitsAndCapsAreChecked() {
        assertThat(exchange.createOrderGroup(ALICE, 0, c("0.99")).reject()).isEqualTo(RejectReason.INVALID_PARAMETERS);
        assertThat(exchange.createOrderGroup(ALICE, 0, c("1000000.01")).reject())
                .isEqualTo(RejectReason.INVALID_PARAMETERS);
        assertThat(exchange.createOrderGroup(ALICE, 64, c("1")).reject()).isEqualTo(RejectReason.INVALID_PARAMETERS);
        assertThat(exchange.createOrderGroup("nobody", 0, c("1")).reject()).isEqualTo(RejectReason.MEMBER_NOT_FOUND);
        assertThat(exchange.createOrderGroup(ALICE, 0, c("1000000")).isOk()).isTrue();
        exchange.setOrderGroupRules(OrderGroupRules.defaults().withMaxGroupsPerMember(2));
        assertThat(exchange.createOrderGroup(ALICE, 0, c("1")).isOk()).isTrue();
        assertThat(exchange.createOrderGroup(ALICE, 0, c("1")).reject()).isEqualTo(RejectReason.INVALID_PARAMETERS);
        assertThat(exchange.createOrderGroup(BOB, 0, c("1")).isOk()).isTrue();
        String g = exchange.orderGroups(ALICE, null).get(0).id();
        assertThat(exchange.updateOrderGroupLimit(ALICE, g, null, c("0")).reject())
                .isEqualTo(RejectReason.INVALID_PARAMETERS);
    }

    @Test
    void oneMemberCannotTouchAnothersGroup() {
        String g = group(ALICE, "10");
        bidIn(ALICE, g, "0.40", "3");
        assertThat(exchange.triggerOrderGroup(BOB, g, null).reject()).isEqualTo(RejectReason.ORDER_GROUP_NOT_FOUND);
        assertThat(exchange.deleteOrderGroup(BOB, g, null).reject()).isEqualTo(RejectReason.ORDER_GROUP_NOT_FOUND);
        assertThat(exchange.resetOrderGroup(BOB, g, null).reject()).isEqualTo(RejectReason.ORDER_GROUP_NOT_FOUND);
        assertThat(exchange.orderGroup(BOB, g, null).reject()).isEqualTo(RejectReason.ORDER_GROUP_NOT_FOUND);
        assertThat(exchange.orderGroups(BOB, null)).isEmpty();
        assertThat(book()).isEqualTo("yes 0.4000x3.00 | no");
    }

    @Test
    void anAmendedOrderStaysInItsGroupAndCanTriggerIt() {
        String g = group(ALICE, "4");
        OrderResult resting = bidIn(ALICE, g, "0.40", "9");
        for (int i = 0; i < 3; i++) {
            ask(BOB, "0.45", "3");
        }
        // 3 then 3: the second fill passes the limit of 4 (a fill is never cut short), then matching stops.
        OrderResult amended = exchange.amendOrder(AmendCommand.of(ALICE, resting.orderId(), p("0.45"), c("9")));
        assertThat(amended.fillCount()).isEqualTo(c("6"));
        assertThat(amended.order().status().wire()).isEqualTo("canceled");
        assertThat(amended.cancelReason()).isEqualTo(CancelReason.ORDER_GROUP);
        assertThat(exchange.orderGroup(ALICE, g, null).orElseThrow().triggered()).isTrue();
    }
}
