package dev.kalshisim.sim.engine.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.sim.engine.EngineTestBase;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.query.OrderQuery;
import dev.kalshisim.sim.engine.result.CancelReason;
import dev.kalshisim.sim.engine.result.RejectReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A member's order meeting the same member's resting order. */
class SelfTradePreventionTest extends EngineTestBase {

    private OrderResult aliceAsk;

    @BeforeEach
    void twoAsksAheadOfAlice() {
        ask(CAROL, "0.54", "5");                 // best ask
        aliceAsk = ask(ALICE, "0.55", "5");      // alice's own, next in line
        ask(BOB, "0.56", "5");
        events.clear();
    }

    @Test
    void takerAtCrossCancelsTheTakersRemainderAndKeepsEarlierFills() {
        OrderResult buy = place(PlaceOrder.bid(ALICE, MKT, p("0.56"), c("12")));

        assertThat(buy.fillCount()).isEqualTo(c("5"));
        assertThat(buy.order().status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(buy.cancelReason()).isEqualTo(CancelReason.TAKER_CANCEL_FOR_SELF_TRADE_PREVENTION);
        assertThat(exchange.order(ALICE, aliceAsk.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.RESTING);
        assertThat(book()).isEqualTo("yes | no 0.4400x5.00 0.4500x5.00");
        assertThat(position(ALICE, MKT)).isEqualTo(c("5"));
    }

    @Test
    void takerAtCrossWhoseFirstMatchIsItsOwnOrderIsRejected() {
        exchange.cancelOrder(CAROL, exchange.orders(CAROL, OrderQuery.all()).get(0).orderId());
        String before = book();

        OrderResult buy = place(PlaceOrder.bid(ALICE, MKT, p("0.56"), c("12")));

        assertThat(buy.reject()).isEqualTo(RejectReason.SELF_CROSS_ATTEMPT);
        assertThat(buy.reject().wireCode()).isEqualTo("self_cross_attempt");
        assertThat(book()).isEqualTo(before);
    }

    @Test
    void makerModeCancelsTheMembersRestingOrderAndKeepsMatching() {
        OrderResult buy = place(PlaceOrder.bid(ALICE, MKT, p("0.56"), c("12"))
                .withSelfTradePrevention(SelfTradePrevention.MAKER));

        assertThat(buy.fillCount()).isEqualTo(c("10"));                      // carol's 5 and bob's 5
        assertThat(buy.order().status()).isEqualTo(OrderStatus.RESTING);
        assertThat(buy.remainingCount()).isEqualTo(c("2"));
        var own = exchange.order(ALICE, aliceAsk.orderId()).orElseThrow();
        assertThat(own.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(eventsOf(ExchangeEvent.OrderUpdated.class))
                .filteredOn(e -> e.order().orderId().equals(aliceAsk.orderId()))
                .extracting(ExchangeEvent.OrderUpdated::cancelReason)
                .containsExactly(CancelReason.MAKER_CANCEL_FOR_SELF_TRADE_PREVENTION);
        assertThat(book()).isEqualTo("yes 0.5600x2.00 | no");
    }

    @Test
    void fillOrKillCountsOnlyVolumeItCanReallyTake() {
        OrderResult takerMode = place(PlaceOrder.bid(ALICE, MKT, p("0.56"), c("10"))
                .withTimeInForce(dev.kalshisim.core.model.TimeInForce.FILL_OR_KILL));
        OrderResult makerMode = place(PlaceOrder.bid(ALICE, MKT, p("0.56"), c("10"))
                .withTimeInForce(dev.kalshisim.core.model.TimeInForce.FILL_OR_KILL)
                .withSelfTradePrevention(SelfTradePrevention.MAKER));

        assertThat(takerMode.reject()).isEqualTo(RejectReason.FOK_INSUFFICIENT_VOLUME);
        assertThat(makerMode.fillCount()).isEqualTo(c("10"));
    }
}
