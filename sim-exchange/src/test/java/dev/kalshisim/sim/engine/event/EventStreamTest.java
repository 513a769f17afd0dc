package dev.kalshisim.sim.engine.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.sim.engine.EngineTestBase;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.result.CancelReason;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Listeners see every change, in the order applied, numbered without gaps. */
class EventStreamTest extends EngineTestBase {

    private String describe(ExchangeEvent event) {
        if (event instanceof ExchangeEvent.BookChanged e) {
            return "book " + e.side().wire() + " " + e.price() + " " + e.delta() + " -> " + e.newSize() + " " + e.memberId();
        } else if (event instanceof ExchangeEvent.TradeExecuted e) {
            return "trade " + e.trade().countFp() + " @" + e.trade().yesPriceDollars();
        } else if (event instanceof ExchangeEvent.OrderFilled e) {
            return "fill " + e.memberId() + " " + e.fill().countFp() + (e.fill().isTaker() ? " taker" : " maker")
                    + " post " + e.postPosition();
        } else if (event instanceof ExchangeEvent.OrderUpdated e) {
            return "order " + e.memberId() + " " + e.order().status().wire() + " " + e.order().remainingCountFp();
        } else if (event instanceof ExchangeEvent.PositionUpdated e) {
            return "position " + e.memberId() + " " + e.position().positionFp();
        }
        return event.getClass().getSimpleName();
    }

    @Test
    void restThenCrossProducesEventsInApplicationOrder() {
        bid(ALICE, "0.40", "10");
        ask(BOB, "0.40", "4");

        assertThat(events.stream().map(this::describe).collect(Collectors.toList())).containsExactly(
                "book yes 0.4000 10.00 -> 10.00 alice",
                "order alice resting 10.00",
                "book yes 0.4000 -4.00 -> 6.00 alice",
                "trade 4.00 @0.4000",
                "fill alice 4.00 maker post 4.00",
                "fill bob 4.00 taker post -4.00",
                "order alice resting 6.00",
                "position alice 4.00",
                "position bob -4.00",
                "order bob executed 0.00");
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).sequence()).isEqualTo(events.get(i - 1).sequence() + 1);
        }
    }

    @Test
    void askRestsAsNoBidAtTheComplementPrice() {
        place(PlaceOrder.ask(ALICE, MKT, p("0.45"), c("3")).withClientOrderId("mine"));

        ExchangeEvent.BookChanged change = eventsOf(ExchangeEvent.BookChanged.class).get(0);
        assertThat(change.side()).isEqualTo(OutcomeSide.NO);
        assertThat(change.price()).isEqualTo(p("0.55"));
        assertThat(change.clientOrderId()).isEqualTo("mine");
    }

    @Test
    void cancelEmitsNegativeDeltaAndCanceledOrder() {
        String id = bid(ALICE, "0.40", "10").orderId();
        events.clear();

        exchange.cancelOrder(ALICE, id);

        assertThat(events.stream().map(this::describe).collect(Collectors.toList()))
                .containsExactly("book yes 0.4000 -10.00 -> 0.00 alice", "order alice canceled 0.00");
        assertThat(eventsOf(ExchangeEvent.OrderUpdated.class).get(0).cancelReason())
                .isEqualTo(CancelReason.MEMBER_CANCELED);
    }

    @Test
    void listenersMayQueryButNotMutateAndAThrowingListenerDoesNotUndoTheCommand() {
        List<String> seen = new java.util.ArrayList<>();
        exchange.addListener(event -> seen.add(book()));
        exchange.addListener(event -> {
            throw new IllegalStateException("listener bug");
        });
        exchange.addListener(event -> assertThatThrownBy(() -> bid(BOB, "0.10", "1"))
                .isInstanceOf(IllegalStateException.class));

        OrderResult result = bid(ALICE, "0.40", "1");

        assertThat(result.order().status()).isEqualTo(OrderStatus.RESTING);
        assertThat(seen).containsOnly("yes 0.4000x1.00 | no");
        assertThat(book()).isEqualTo("yes 0.4000x1.00 | no");
    }
}
