package dev.kalshisim.sim.engine.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.QueuePosition;
import dev.kalshisim.sim.engine.EngineTestBase;
import dev.kalshisim.sim.engine.MatchingExchange;
import dev.kalshisim.sim.engine.catalog.EventSpec;
import dev.kalshisim.sim.engine.catalog.SeriesSpec;
import dev.kalshisim.sim.engine.config.EngineConfig;
import dev.kalshisim.sim.engine.result.RejectReason;
import org.junit.jupiter.api.Test;

/** Amend, decrease, queue position and client_order_id rules. */
class AmendDecreaseTest extends EngineTestBase {

    private String queue(String member, String orderId) {
        return exchange.queuePosition(member, orderId).orElseThrow().queuePositionFp().toString();
    }

    @Test
    void queuePositionCountsContractsAheadAtTheSameLevel() {
        String a = bid(ALICE, "0.40", "5").orderId();
        String b = bid(BOB, "0.40", "3").orderId();
        String c = bid(CAROL, "0.40", "2").orderId();
        bid(CAROL, "0.41", "100");

        assertThat(queue(ALICE, a)).isEqualTo("0.00");
        assertThat(queue(BOB, b)).isEqualTo("5.00");
        assertThat(queue(CAROL, c)).isEqualTo("8.00");
        assertThat(exchange.queuePositions(CAROL, java.util.List.of(MKT)))
                .extracting(QueuePosition::queuePositionFp).containsExactly(c("8"), c("0"));
        assertThat(exchange.queuePosition(BOB, a).reject()).isEqualTo(RejectReason.ORDER_NOT_FOUND);
    }

    @Test
    void amendDownKeepsPriorityAndAmendUpLosesIt() {
        String a = bid(ALICE, "0.40", "5").orderId();
        String b = bid(BOB, "0.40", "5").orderId();

        OrderResult down = exchange.amendOrder(AmendCommand.of(ALICE, a, p("0.40"), c("3")));
        assertThat(down.order().remainingCountFp()).isEqualTo(c("3"));
        assertThat(down.order().initialCountFp()).isEqualTo(c("3"));
        assertThat(queue(ALICE, a)).isEqualTo("0.00");
        assertThat(queue(BOB, b)).isEqualTo("3.00");

        exchange.amendOrder(AmendCommand.of(ALICE, a, p("0.40"), c("6")));
        assertThat(queue(ALICE, a)).isEqualTo("5.00");
        assertThat(queue(BOB, b)).isEqualTo("0.00");
        assertThat(book()).isEqualTo("yes 0.4000x11.00 | no");
    }

    @Test
    void amendPriceMovesToTheBackOfTheNewLevel() {
        String a = bid(ALICE, "0.40", "5").orderId();
        bid(BOB, "0.41", "5");

        exchange.amendOrder(AmendCommand.of(ALICE, a, p("0.41"), c("5")));

        assertThat(queue(ALICE, a)).isEqualTo("5.00");
        assertThat(book()).isEqualTo("yes 0.4100x10.00 | no");
    }

    @Test
    void amendToACrossingPriceTradesAtOnceAsTaker() {
        String a = bid(ALICE, "0.40", "5").orderId();
        ask(BOB, "0.45", "3");

        OrderResult amended = exchange.amendOrder(AmendCommand.of(ALICE, a, p("0.45"), c("5")));

        assertThat(amended.fillCount()).isEqualTo(c("3"));
        assertThat(amended.fills().get(0).isTaker()).isTrue();
        assertThat(amended.order().orderId()).isEqualTo(a);
        assertThat(amended.order().remainingCountFp()).isEqualTo(c("2"));
        assertThat(book()).isEqualTo("yes 0.4500x2.00 | no");
    }

    @Test
    void amendCountIsTheNewTotalIncludingFills() {
        String a = bid(ALICE, "0.40", "10").orderId();
        ask(BOB, "0.40", "4");

        assertThat(exchange.amendOrder(AmendCommand.of(ALICE, a, p("0.40"), c("4"))).reject())
                .isEqualTo(RejectReason.INVALID_COUNT);
        OrderResult amended = exchange.amendOrder(AmendCommand.of(ALICE, a, p("0.40"), c("7")));

        assertThat(amended.order().fillCountFp()).isEqualTo(c("4"));
        assertThat(amended.order().remainingCountFp()).isEqualTo(c("3"));
        assertThat(amended.order().initialCountFp()).isEqualTo(c("7"));
    }

    @Test
    void amendChecksOffTickTickerSideAndBalance() {
        String a = bid(ALICE, "0.40", "5").orderId();
        assertThat(exchange.amendOrder(AmendCommand.of(ALICE, a, p("0.405"), c("5"))).reject())
                .isEqualTo(RejectReason.INVALID_PRICE);
        assertThat(exchange.amendOrder(new AmendCommand(ALICE, a, "OTHER", BookSide.BID, p("0.41"), c("5"), null, null))
                .reject()).isEqualTo(RejectReason.INVALID_PARAMETERS);
        assertThat(exchange.amendOrder(new AmendCommand(ALICE, a, MKT, BookSide.ASK, p("0.41"), c("5"), null, null))
                .reject()).isEqualTo(RejectReason.INVALID_PARAMETERS);
        assertThat(exchange.amendOrder(AmendCommand.of(ALICE, a, p("0.41"), c("5000"))).reject())
                .isEqualTo(RejectReason.INSUFFICIENT_BALANCE);
        assertThat(book()).isEqualTo("yes 0.4000x5.00 | no");
        assertThat(exchange.amendOrder(AmendCommand.of(BOB, a, p("0.41"), c("5"))).reject())
                .isEqualTo(RejectReason.ORDER_NOT_FOUND);
    }

    @Test
    void decreaseKeepsPriorityAndToZeroCancels() {
        String a = bid(ALICE, "0.40", "5").orderId();
        String b = bid(BOB, "0.40", "5").orderId();

        CancelResult by = exchange.decreaseOrder(DecreaseCommand.by(ALICE, a, c("2")));
        assertThat(by.reducedBy()).isEqualTo(c("2"));
        assertThat(by.remainingCount()).isEqualTo(c("3"));
        assertThat(queue(BOB, b)).isEqualTo("3.00");

        CancelResult to = exchange.decreaseOrder(DecreaseCommand.to(ALICE, a, c("1")));
        assertThat(to.reducedBy()).isEqualTo(c("2"));
        assertThat(queue(ALICE, a)).isEqualTo("0.00");

        CancelResult zero = exchange.decreaseOrder(DecreaseCommand.to(ALICE, a, c("0")));
        assertThat(zero.order().status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(zero.reducedBy()).isEqualTo(c("1"));
        assertThat(book()).isEqualTo("yes 0.4000x5.00 | no");
        assertThat(exchange.decreaseOrder(DecreaseCommand.to(ALICE, a, c("0"))).reject())
                .isEqualTo(RejectReason.ORDER_NOT_RESTING);
    }

    @Test
    void decreaseNeedsExactlyOneOfReduceByAndReduceTo() {
        String a = bid(ALICE, "0.40", "5").orderId();
        assertThat(exchange.decreaseOrder(new DecreaseCommand(ALICE, a, c("1"), c("1"))).reject())
                .isEqualTo(RejectReason.INVALID_PARAMETERS);
        assertThat(exchange.decreaseOrder(new DecreaseCommand(ALICE, a, null, null)).reject())
                .isEqualTo(RejectReason.INVALID_PARAMETERS);
        assertThat(exchange.decreaseOrder(DecreaseCommand.to(ALICE, a, c("6"))).reject())
                .isEqualTo(RejectReason.INVALID_COUNT);
        assertThat(exchange.decreaseOrder(DecreaseCommand.by(ALICE, a, c("0"))).reject())
                .isEqualTo(RejectReason.INVALID_COUNT);
    }

    @Test
    void clientOrderIdIsUniqueAmongOpenOrdersOnly() {
        OrderResult first = place(PlaceOrder.bid(ALICE, MKT, p("0.40"), c("1")).withClientOrderId("c-1"));
        OrderResult duplicate = place(PlaceOrder.bid(ALICE, MKT, p("0.39"), c("1")).withClientOrderId("c-1"));
        OrderResult otherMember = place(PlaceOrder.bid(BOB, MKT, p("0.39"), c("1")).withClientOrderId("c-1"));

        assertThat(first.order().clientOrderId()).isEqualTo("c-1");
        assertThat(duplicate.reject()).isEqualTo(RejectReason.ORDER_ALREADY_EXISTS);
        assertThat(duplicate.reject().httpStatus()).isEqualTo(409);
        assertThat(duplicate.reject().wireCode()).isEqualTo("order_already_exists");
        assertThat(otherMember.isAccepted()).isTrue();

        exchange.cancelOrder(ALICE, first.orderId());
        assertThat(place(PlaceOrder.bid(ALICE, MKT, p("0.39"), c("1")).withClientOrderId("c-1")).isAccepted())
                .isTrue();
    }

    @Test
    void amendCanRenameTheClientOrderId() {
        String a = place(PlaceOrder.bid(ALICE, MKT, p("0.40"), c("1")).withClientOrderId("c-1")).orderId();
        place(PlaceOrder.bid(ALICE, MKT, p("0.30"), c("1")).withClientOrderId("c-2"));

        assertThat(exchange.amendOrder(new AmendCommand(ALICE, a, MKT, BookSide.BID, p("0.40"), c("1"), "c-1", "c-2"))
                .reject()).isEqualTo(RejectReason.ORDER_ALREADY_EXISTS);
        assertThat(exchange.amendOrder(new AmendCommand(ALICE, a, MKT, BookSide.BID, p("0.40"), c("1"), "c-1", "c-3"))
                .order().clientOrderId()).isEqualTo("c-3");
        assertThat(place(PlaceOrder.bid(ALICE, MKT, p("0.20"), c("1")).withClientOrderId("c-1")).isAccepted())
                .isTrue();
    }

    @Test
    void cancelAllCancelsEveryRestingOrderOptionallyPerMarket() {
        addMarket("OTHER", dev.kalshisim.core.model.FeeType.QUADRATIC, "1");
        bid(ALICE, "0.40", "1");
        ask(ALICE, "0.60", "1");
        exchange.placeOrder(PlaceOrder.bid(ALICE, "OTHER", p("0.40"), c("1")));

        assertThat(exchange.cancelAll(ALICE, MKT)).hasSize(2).allMatch(CancelResult::isAccepted);
        assertThat(book()).isEqualTo("yes | no");
        assertThat(exchange.cancelAll(ALICE, null)).hasSize(1);
        assertThat(book("OTHER")).isEqualTo("yes | no");
        assertThat(balance(ALICE).reserved()).isEqualTo(usd("0"));
    }

    @Test
    void tooManyOpenOrdersIsRefused() {
        exchange = new MatchingExchange(clock, EngineConfig.defaults().withMaxOpenOrdersPerMember(2));
        exchange.createSeries(SeriesSpec.of("SER", dev.kalshisim.core.model.FeeType.QUADRATIC)).orElseThrow();
        exchange.createEvent(EventSpec.of("EV", "SER")).orElseThrow();
        exchange.createMarket(market(MKT, "EV")).orElseThrow();
        exchange.createMember(ALICE, usd("100"), null).orElseThrow();

        bid(ALICE, "0.10", "1");
        bid(ALICE, "0.11", "1");

        assertThat(bid(ALICE, "0.12", "1").reject()).isEqualTo(RejectReason.TOO_MANY_OPEN_ORDERS);
    }
}
