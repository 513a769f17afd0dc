package dev.kalshisim.sim.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.Settlement;
import dev.kalshisim.sim.engine.EngineTestBase;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.query.FillQuery;
import dev.kalshisim.sim.engine.query.OrderQuery;
import dev.kalshisim.sim.engine.query.SettlementQuery;
import dev.kalshisim.sim.engine.result.RejectReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Money: collateral, fees, netting, insufficient balance and settlement. */
class LedgerScenarioTest extends EngineTestBase {

    @Test
    void restingBidReservesPriceAndWorstCaseTakerFee() {
        bid(ALICE, "0.40", "10");
        assertThat(balance(ALICE).reserved()).isEqualTo(usd("4.168"));    // 4.00 + 0.07 x 10 x 0.4 x 0.6
        ask(ALICE, "0.45", "10");                                          // buys NO at 0.55; worst fee at 0.50
        assertThat(balance(ALICE).reserved()).isEqualTo(usd("9.843"));    // + 5.50 + 0.175
        assertThat(exchange.restingOrderValue(ALICE)).isEqualTo(usd("9.5"));
        assertThat(cash(ALICE)).isEqualTo(usd("1000"));
    }

    @Test
    void takerPaysQuadraticFeeAndMakerPaysNothingOnQuadraticSeries() {
        bid(ALICE, "0.40", "10");

        OrderResult sell = ask(BOB, "0.40", "10");

        // Trade fee 0.07 x 10 x 0.4 x 0.6 = 0.168; -6.168 floors to -6.17, a 0.002 rounding fee.
        assertThat(sell.fees()).isEqualTo(usd("0.17"));
        assertThat(sell.fills()).extracting(Fill::feeCost).containsExactly(usd("0.17"));
        assertThat(sell.order().takerFeesDollars()).isEqualTo(usd("0.17"));
        assertThat(cash(BOB)).isEqualTo(usd("993.83"));                    // 1000 - 6.00 NO cost - fee
        assertThat(cash(ALICE)).isEqualTo(usd("996"));
        assertThat(balance(ALICE).reserved()).isEqualTo(usd("0"));
        assertThat(positionRecord(BOB, MKT).feesPaidDollars()).isEqualTo(usd("0.17"));
        assertThat(positionRecord(BOB, MKT).marketExposureDollars()).isEqualTo(usd("6"));
        assertThat(exchange.fills(ALICE, FillQuery.all())).extracting(Fill::feeCost, Fill::isTaker)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(usd("0"), false));
    }

    @Test
    void makerPaysQuarterRateOnMakerFeeSeries() {
        addMarket("MKF", FeeType.QUADRATIC_WITH_MAKER_FEES, "1");
        exchange.placeOrder(PlaceOrder.bid(ALICE, "MKF", p("0.40"), c("10")));

        OrderResult sell = exchange.placeOrder(PlaceOrder.ask(BOB, "MKF", p("0.40"), c("10")));

        assertThat(sell.fees()).isEqualTo(usd("0.17"));
        Fill makerFill = exchange.fills(ALICE, FillQuery.all()).get(0);
        assertThat(makerFill.feeCost()).isEqualTo(usd("0.05"));            // 0.0175 x 10 x 0.24 + 0.008 rounding
        assertThat(cash(ALICE)).isEqualTo(usd("995.95"));
    }

    @Test
    void buyingNoWhileLongYesNetsThePairAndFreesOneDollarEach() {
        addMarket("FREE", FeeType.QUADRATIC, "0");
        exchange.placeOrder(PlaceOrder.bid(ALICE, "FREE", p("0.60"), c("10")));
        exchange.placeOrder(PlaceOrder.ask(BOB, "FREE", p("0.60"), c("10")));
        assertThat(cash(ALICE)).isEqualTo(usd("994"));
        assertThat(cash(BOB)).isEqualTo(usd("996"));

        OrderResult sellYes = exchange.placeOrder(PlaceOrder.ask(ALICE, "FREE", p("0.70"), c("10")));
        assertThat(sellYes.order().status()).isEqualTo(OrderStatus.RESTING);
        assertThat(balance(ALICE).reserved()).isEqualTo(usd("0"));       // closing needs no collateral

        exchange.placeOrder(PlaceOrder.bid(CAROL, "FREE", p("0.70"), c("10")));

        assertThat(position(ALICE, "FREE")).isEqualTo(c("0"));
        assertThat(cash(ALICE)).isEqualTo(usd("1001"));                  // paid 3.00 for NO, got 10.00 back
        assertThat(positionRecord(ALICE, "FREE").realizedPnlDollars()).isEqualTo(usd("1"));
        assertThat(positionRecord(ALICE, "FREE").marketExposureDollars()).isEqualTo(usd("0"));
        assertThat(cash(CAROL)).isEqualTo(usd("993"));
        assertThat(exchange.market("FREE").orElseThrow().openInterestFp()).isEqualTo(c("10"));
    }

    @Test
    void partialCloseKeepsProportionalCostBasis() {
        addMarket("FREE", FeeType.QUADRATIC, "0");
        exchange.placeOrder(PlaceOrder.bid(ALICE, "FREE", p("0.60"), c("10")));
        exchange.placeOrder(PlaceOrder.ask(BOB, "FREE", p("0.60"), c("10")));
        exchange.placeOrder(PlaceOrder.bid(CAROL, "FREE", p("0.55"), c("4")));

        exchange.placeOrder(PlaceOrder.ask(ALICE, "FREE", p("0.55"), c("4")));

        var position = positionRecord(ALICE, "FREE");
        assertThat(position.positionFp()).isEqualTo(c("6"));
        assertThat(position.marketExposureDollars()).isEqualTo(usd("3.6"));
        assertThat(position.realizedPnlDollars()).isEqualTo(usd("-0.2"));  // sold 4 bought at 0.60 for 0.55
        assertThat(cash(ALICE)).isEqualTo(usd("996.2"));                   // 994 - 1.80 + 4.00
    }

    @Test
    void memberWithNoCashCanStillSellWhatItHolds() {
        addMarket("FREE", FeeType.QUADRATIC, "0");
        exchange.createMember("dave", usd("6"), null).orElseThrow();
        exchange.placeOrder(PlaceOrder.ask(BOB, "FREE", p("0.60"), c("10")));
        exchange.placeOrder(PlaceOrder.bid("dave", "FREE", p("0.60"), c("10")));
        assertThat(cash("dave")).isEqualTo(usd("0"));

        OrderResult sell = exchange.placeOrder(PlaceOrder.ask("dave", "FREE", p("0.70"), c("10")));
        OrderResult more = exchange.placeOrder(PlaceOrder.bid("dave", "FREE", p("0.10"), c("1")));

        assertThat(sell.isAccepted()).isTrue();
        assertThat(more.reject()).isEqualTo(RejectReason.INSUFFICIENT_BALANCE);
    }

    @Test
    void insufficientBalanceIsRefusedAndChangesNothing() {
        exchange.createMember("erin", usd("5"), null).orElseThrow();
        ask(BOB, "0.55", "3");
        String bookBefore = book();
        events.clear();

        OrderResult refused = bid("erin", "0.50", "10");                   // needs 5.00 + 0.175

        assertThat(refused.reject()).isEqualTo(RejectReason.INSUFFICIENT_BALANCE);
        assertThat(refused.reject().wireCode()).isEqualTo("insufficient_balance");
        assertThat(refused.reject().httpStatus()).isEqualTo(400);
        assertThat(refused.order()).isNull();
        assertThat(book()).isEqualTo(bookBefore);
        assertThat(events).isEmpty();
        assertThat(balance("erin").cash()).isEqualTo(usd("5"));
        assertThat(balance("erin").reserved()).isEqualTo(usd("0"));
        assertThat(exchange.orders("erin", OrderQuery.all())).isEmpty();
        assertThat(bid("erin", "0.50", "9").isAccepted()).isTrue();          // 4.50 + 0.1575 fits
    }

    @Test
    void withdrawalIsLimitedToAvailableCash() {
        bid(ALICE, "0.50", "1000");                                         // reserves 500 + 17.50
        assertThat(exchange.deposit(ALICE, usd("-483")).reject()).isEqualTo(RejectReason.INSUFFICIENT_BALANCE);
        assertThat(exchange.deposit(ALICE, usd("-482.5")).orElseThrow().available()).isEqualTo(Money.ZERO);
    }

    @Test
    void reduceOnlyIsCappedByThePositionItReduces() {
        bid(ALICE, "0.60", "10");
        ask(BOB, "0.60", "10");

        OrderResult capped = place(PlaceOrder.ask(ALICE, MKT, p("0.70"), c("15")).withReduceOnly(true));
        OrderResult wrongWay = place(PlaceOrder.bid(ALICE, MKT, p("0.50"), c("1")).withReduceOnly(true));
        OrderResult bobReduces = place(PlaceOrder.bid(BOB, MKT, p("0.30"), c("4")).withReduceOnly(true));

        assertThat(capped.order().initialCountFp()).isEqualTo(c("10"));
        assertThat(wrongWay.reject()).isEqualTo(RejectReason.REDUCE_ONLY_NOT_REDUCING);
        assertThat(bobReduces.order().remainingCountFp()).isEqualTo(c("4"));
        assertThat(place(PlaceOrder.bid(CAROL, MKT, p("0.30"), c("1")).withReduceOnly(true)).reject())
                .isEqualTo(RejectReason.REDUCE_ONLY_NOT_REDUCING);
    }

    @Test
    void settlementCancelsRestingOrdersPaysWinnersAndRecordsSettlements() {
        bid(ALICE, "0.60", "10");
        ask(BOB, "0.60", "10");                                             // bob pays 4.00 + 0.17 fee
        ask(BOB, "0.70", "5");
        bid(ALICE, "0.50", "3");
        clock.advanceByMillis(1_000);

        var settled = exchange.settleMarket(MKT, MarketResult.YES).orElseThrow();

        assertThat(settled.status()).isEqualTo(MarketStatus.FINALIZED);
        assertThat(settled.result()).isEqualTo(MarketResult.YES);
        assertThat(settled.settlementValueDollars()).isEqualTo(p("1.00"));
        assertThat(book()).isEqualTo("yes | no");
        assertThat(cash(ALICE)).isEqualTo(usd("1004"));
        assertThat(cash(BOB)).isEqualTo(usd("995.83"));
        assertThat(balance(ALICE).reserved()).isEqualTo(usd("0"));
        assertThat(balance(BOB).reserved()).isEqualTo(usd("0"));
        assertThat(position(ALICE, MKT)).isEqualTo(c("0"));
        assertThat(positionRecord(ALICE, MKT).realizedPnlDollars()).isEqualTo(usd("4"));
        assertThat(positionRecord(BOB, MKT).realizedPnlDollars()).isEqualTo(usd("-4"));

        Settlement alice = exchange.settlements(ALICE, SettlementQuery.all()).get(0);
        assertThat(alice.yesCountFp()).isEqualTo(c("10"));
        assertThat(alice.yesTotalCostDollars()).isEqualTo(usd("6"));
        assertThat(alice.revenueCents()).isEqualTo(1000);
        assertThat(alice.valueCents()).isEqualTo(100L);
        assertThat(alice.feeCost()).isEqualTo(Money.ZERO);
        Settlement bob = exchange.settlements(BOB, SettlementQuery.all()).get(0);
        assertThat(bob.noCountFp()).isEqualTo(c("10"));
        assertThat(bob.noTotalCostDollars()).isEqualTo(usd("4"));
        assertThat(bob.revenueCents()).isZero();
        assertThat(exchange.settlements(CAROL, SettlementQuery.all())).isEmpty();
        assertThat(exchange.orders(BOB, OrderQuery.all().withStatus(OrderStatus.RESTING))).isEmpty();

        assertThat(bid(ALICE, "0.50", "1").reject()).isEqualTo(RejectReason.MARKET_ALREADY_CLOSED);
        assertThat(exchange.settleMarket(MKT, MarketResult.NO).reject()).isEqualTo(RejectReason.MARKET_ALREADY_CLOSED);
        assertThat(eventsOf(ExchangeEvent.MarketLifecycleChanged.class))
                .extracting(ExchangeEvent.MarketLifecycleChanged::type)
                .containsExactly(ExchangeEvent.Lifecycle.DETERMINED, ExchangeEvent.Lifecycle.SETTLED);
        assertThat(eventsOf(ExchangeEvent.SettlementPaid.class)).extracting(ExchangeEvent.SettlementPaid::memberId)
                .containsExactlyElementsOf(List.of(ALICE, BOB));
    }

    @Test
    void settlementNoPaysNoHolders() {
        bid(ALICE, "0.60", "2.5");
        ask(BOB, "0.60", "2.5");

        exchange.settleMarket(MKT, MarketResult.NO).orElseThrow();

        // 2.5 NO at 0.40 cost 1.00 plus a 0.042 trade fee, floored to whole cents: 0.05 in fees.
        assertThat(cash(BOB)).isEqualTo(usd("1000").minus(usd("1")).minus(usd("0.05")).plus(usd("2.5")));
        assertThat(cash(ALICE)).isEqualTo(usd("998.5"));
    }
}
