package dev.kalshisim.sim.engine.book;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.sim.engine.EngineTestBase;
import dev.kalshisim.sim.engine.order.CancelResult;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.query.TradeQuery;
import dev.kalshisim.sim.engine.result.CancelReason;
import dev.kalshisim.sim.engine.result.RejectReason;
import org.junit.jupiter.api.Test;

/** Orders in, book and fills out: the core matching rules. */
class MatchingScenarioTest extends EngineTestBase {

    @Test
    void bidRestsOnYesLadderAndAskRestsAsNoBid() {
        OrderResult bid = bid(ALICE, "0.40", "10");
        OrderResult ask = ask(BOB, "0.45", "7.5");

        assertThat(bid.order().status()).isEqualTo(OrderStatus.RESTING);
        assertThat(bid.fills()).isEmpty();
        assertThat(ask.order().status()).isEqualTo(OrderStatus.RESTING);
        assertThat(ask.order().outcomeSide()).isEqualTo(OutcomeSide.NO);
        assertThat(ask.order().noPriceDollars()).isEqualTo(p("0.55"));
        assertThat(book()).isEqualTo("yes 0.4000x10.00 | no 0.5500x7.50");
        var market = exchange.market(MKT).orElseThrow();
        assertThat(market.yesBidDollars()).isEqualTo(p("0.40"));
        assertThat(market.yesAskDollars()).isEqualTo(p("0.45"));
        assertThat(market.yesAskSizeFp()).isEqualTo(c("7.5"));
    }

    @Test
    void crossingAskFillsAcrossLevelsAtMakerPricesInTimePriorityAndRestsTheRest() {
        bid(ALICE, "0.40", "10");
        OrderResult aliceHigh = bid(ALICE, "0.42", "5");
        OrderResult carolHigh = bid(CAROL, "0.42", "3");

        OrderResult sell = ask(BOB, "0.41", "12");

        assertThat(sell.fills()).extracting(Fill::yesPriceDollars, Fill::countFp, Fill::isTaker)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(p("0.42"), c("5"), true),
                        org.assertj.core.groups.Tuple.tuple(p("0.42"), c("3"), true));
        assertThat(sell.fillCount()).isEqualTo(c("8"));
        assertThat(sell.remainingCount()).isEqualTo(c("4"));
        assertThat(sell.order().status()).isEqualTo(OrderStatus.RESTING);
        assertThat(book()).isEqualTo("yes 0.4000x10.00 | no 0.5900x4.00");
        assertThat(exchange.order(ALICE, aliceHigh.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.EXECUTED);
        assertThat(exchange.order(CAROL, carolHigh.orderId()).orElseThrow().fillCountFp()).isEqualTo(c("3"));
        assertThat(position(BOB, MKT)).isEqualTo(c("-8"));
        assertThat(position(ALICE, MKT)).isEqualTo(c("5"));
        assertThat(position(CAROL, MKT)).isEqualTo(c("3"));

        var trades = exchange.trades(TradeQuery.forTicker(MKT));
        assertThat(trades).extracting(Trade::countFp).containsExactly(c("3"), c("5"));
        assertThat(trades.get(0).takerBookSide()).isEqualTo(BookSide.ASK);
        assertThat(trades.get(0).takerOutcomeSide()).isEqualTo(OutcomeSide.NO);
        var market = exchange.market(MKT).orElseThrow();
        assertThat(market.lastPriceDollars()).isEqualTo(p("0.42"));
        assertThat(market.volumeFp()).isEqualTo(c("8"));
        assertThat(market.openInterestFp()).isEqualTo(c("8"));
    }

    @Test
    void takerGetsPriceImprovementAndPaysTheMakerPrice() {
        ask(BOB, "0.45", "10");

        OrderResult buy = bid(ALICE, "0.60", "10");

        assertThat(buy.fills()).singleElement().satisfies(fill -> {
            assertThat(fill.yesPriceDollars()).isEqualTo(p("0.45"));
            assertThat(fill.outcomeSide()).isEqualTo(OutcomeSide.YES);
        });
        assertThat(buy.averageFillPrice()).contains(usd("0.45"));
        assertThat(buy.order().takerFillCostDollars()).isEqualTo(usd("4.50"));
        assertThat(buy.order().status()).isEqualTo(OrderStatus.EXECUTED);
        assertThat(book()).isEqualTo("yes | no");
    }

    @Test
    void immediateOrCancelRemainderIsCanceled() {
        ask(BOB, "0.50", "3");

        OrderResult ioc = place(PlaceOrder.bid(ALICE, MKT, p("0.50"), c("10"))
                .withTimeInForce(TimeInForce.IMMEDIATE_OR_CANCEL));

        assertThat(ioc.fillCount()).isEqualTo(c("3"));
        assertThat(ioc.order().status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(ioc.cancelReason()).isEqualTo(CancelReason.IMMEDIATE_OR_CANCEL);
        assertThat(ioc.remainingCount()).isEqualTo(c("0"));
        assertThat(book()).isEqualTo("yes | no");
        assertThat(balance(ALICE).reserved()).isEqualTo(usd("0"));
    }

    @Test
    void fillOrKillFillsEverythingOrNothing() {
        ask(BOB, "0.50", "3");
        ask(CAROL, "0.51", "3");
        String before = book();

        OrderResult tooBig = place(PlaceOrder.bid(ALICE, MKT, p("0.51"), c("7"))
                .withTimeInForce(TimeInForce.FILL_OR_KILL));
        assertThat(tooBig.reject()).isEqualTo(RejectReason.FOK_INSUFFICIENT_VOLUME);
        assertThat(tooBig.reject().httpStatus()).isEqualTo(400);
        assertThat(tooBig.reject().wireCode()).isEqualTo("fok_insufficient_volume");
        assertThat(book()).isEqualTo(before);

        OrderResult exact = place(PlaceOrder.bid(ALICE, MKT, p("0.51"), c("6"))
                .withTimeInForce(TimeInForce.FILL_OR_KILL));
        assertThat(exact.fillCount()).isEqualTo(c("6"));
        assertThat(exact.order().status()).isEqualTo(OrderStatus.EXECUTED);
        assertThat(book()).isEqualTo("yes | no");
    }

    @Test
    void postOnlyThatWouldCrossIsRejectedAndChangesNothing() {
        ask(BOB, "0.50", "3");

        OrderResult crossing = place(PlaceOrder.bid(ALICE, MKT, p("0.50"), c("1")).withPostOnly(true));
        OrderResult passive = place(PlaceOrder.bid(ALICE, MKT, p("0.49"), c("1")).withPostOnly(true));

        assertThat(crossing.reject()).isEqualTo(RejectReason.POST_ONLY_CROSS);
        assertThat(crossing.reject().wireCode()).isEqualTo("post_only_cross");
        assertThat(passive.order().status()).isEqualTo(OrderStatus.RESTING);
        assertThat(book()).isEqualTo("yes 0.4900x1.00 | no 0.5000x3.00");
    }

    @Test
    void fractionalCountsMatchInHundredths() {
        bid(ALICE, "0.30", "0.37");

        OrderResult sell = ask(BOB, "0.30", "0.25");

        assertThat(sell.fillCount()).isEqualTo(c("0.25"));
        assertThat(book()).isEqualTo("yes 0.3000x0.12 | no");
        assertThat(position(ALICE, MKT)).isEqualTo(c("0.25"));
    }

    @Test
    void zeroCountAndUnknownMarketAndMemberAreRejected() {
        assertThat(bid(ALICE, "0.30", "0").reject()).isEqualTo(RejectReason.INVALID_COUNT);
        assertThat(exchange.placeOrder(PlaceOrder.bid(ALICE, "NOPE", p("0.30"), c("1"))).reject())
                .isEqualTo(RejectReason.MARKET_NOT_FOUND);
        assertThat(RejectReason.MARKET_NOT_FOUND.httpStatus()).isEqualTo(404);
        assertThat(bid("mallory", "0.30", "1").reject()).isEqualTo(RejectReason.MEMBER_NOT_FOUND);
    }

    @Test
    void batchPlaceGivesOneResultPerOrderInOrder() {
        var results = exchange.placeOrders(java.util.List.of(
                PlaceOrder.bid(ALICE, MKT, p("0.40"), c("1")),
                PlaceOrder.bid(ALICE, MKT, p("0.405"), c("1")),
                PlaceOrder.ask(ALICE, MKT, p("0.60"), c("1"))));

        assertThat(results).extracting(OrderResult::reject)
                .containsExactly(null, RejectReason.INVALID_PRICE, null);
        var cancels = exchange.cancelOrders(ALICE, java.util.List.of(results.get(0).orderId(), "missing"));
        assertThat(cancels).extracting(CancelResult::reject).containsExactly(null, RejectReason.ORDER_NOT_FOUND);
        assertThat(cancels.get(0).reducedBy()).isEqualTo(c("1"));
        assertThat(book()).isEqualTo("yes | no 0.4000x1.00");
    }
}
