package dev.kalshisim.sim.engine.fee;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.EngineTestBase;
import dev.kalshisim.sim.engine.catalog.TickGrid;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.query.FillQuery;
import dev.kalshisim.sim.engine.query.OrderQuery;
import dev.kalshisim.sim.engine.result.RejectReason;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Kalshi's fee rounding through the engine: balances floored to whole cents (or $0.0001 for direct
 * members), rounding fees, the per-order rebate accumulator, and the cap at free cash.
 */
class FeeRoundingScenarioTest extends EngineTestBase {

    private static final String MKF = "MKF";

    @Test
    void manyOneLotTakerFillsCostWhatOneEquivalentFillCostsWithinACent() {
        Convergence run = oneLotFillsAndOneEquivalentFill();
        OrderResult many = run.many();
        OrderResult one = run.one();

        assertThat(many.fills()).hasSize(100);
        assertThat(one.fills()).hasSize(1);
        // One fill: 67.00 + ceil(0.07 x 100 x 0.67 x 0.33) = 1.5477, floored to -68.55: 1.55 in fees.
        assertThat(one.fees()).isEqualTo(usd("1.55"));
        Money gap = many.fees().minus(one.fees());
        assertThat(gap).isBetween(Money.ZERO, usd("0.01"));
        // Each 1-lot fill pays 0.0155 + 0.0045 rounding = 0.02, or 0.01 when its rebate is due.
        assertThat(many.fills()).extracting(Fill::feeCost).containsOnly(usd("0.02"), usd("0.01"));
        assertThat(many.order().takerFeesDollars()).isEqualTo(many.fees());
        assertThat(cash(ALICE)).isEqualTo(usd("1000").minus(usd("67")).minus(many.fees()));
        assertThat(cash(CAROL)).isEqualTo(usd("931.45"));
        assertThat(positionRecord(ALICE, MKT).feesPaidDollars()).isEqualTo(many.fees());
    }

    @Test
    void oneRestingOrderFilledByManyTakersConvergesButSeparateOrdersDoNot() {
        addMarket(MKF, FeeType.QUADRATIC_WITH_MAKER_FEES, "1");
        String resting = place(PlaceOrder.bid(ALICE, MKF, p("0.50"), c("100"))).order().orderId();
        OrderResult lastTaker = null;
        for (int i = 0; i < 100; i++) {
            lastTaker = place(PlaceOrder.ask(BOB, MKF, p("0.50"), c("1")));
        }

        Order maker = exchange.order(ALICE, resting).orElseThrow();
        // One maker fill of 100 would pay ceil(0.0175 x 100 x 0.25) = 0.4375, floored to 0.44.
        assertThat(maker.makerFeesDollars()).isBetween(usd("0.44"), usd("0.45"));
        assertThat(cash(ALICE)).isEqualTo(usd("1000").minus(usd("50")).minus(maker.makerFeesDollars()));
        // Bob's hundred 1-lot orders each floor 0.0175 up to 0.02: no accumulator spans orders.
        assertThat(lastTaker.fees()).isEqualTo(usd("0.02"));
        assertThat(positionRecord(BOB, MKF).feesPaidDollars()).isEqualTo(usd("2"));
    }

    @Test
    void rebateIsDueOnlyOnceTheAccumulatorExceedsOneCent() {
        for (int i = 0; i < 6; i++) {
            ask(BOB, "0.50", "1");
        }

        OrderResult taker = bid(ALICE, "0.50", "6");

        // Each fill: 0.0175 trade fee + 0.0025 rounding. After four fills exactly $0.0100 has
        // accumulated, which does not exceed $0.01; the fifth brings $0.0125 and gets $0.01 back.
        assertThat(taker.fills()).extracting(Fill::feeCost).containsExactly(usd("0.02"), usd("0.02"), usd("0.02"),
                usd("0.02"), usd("0.01"), usd("0.02"));
        assertThat(taker.fees()).isEqualTo(usd("0.11"));
        assertThat(cash(ALICE)).isEqualTo(usd("996.89"));
    }

    @Test
    void accumulatorCarriesFromAnOrdersTakerFillsToItsMakerFills() {
        addMarket(MKF, FeeType.QUADRATIC_WITH_MAKER_FEES, "1");
        place(PlaceOrder.ask(BOB, MKF, p("0.50"), c("2")));
        OrderResult alice = place(PlaceOrder.bid(ALICE, MKF, p("0.50"), c("3")));
        // Taker fill of 2: 0.035 trade fee, -1.035 floors to -1.04 (0.005 rounding).
        assertThat(alice.fees()).isEqualTo(usd("0.04"));

        place(PlaceOrder.ask(CAROL, MKF, p("0.50"), c("1")));

        // Maker fill of 1: 0.0044 trade fee + 0.0056 rounding; with the 0.005 carried over the
        // accumulator holds 0.0106 > 0.01, so this fill gets a cent back and costs nothing in fees.
        Fill makerFill = exchange.fills(ALICE, FillQuery.all()).get(0);
        assertThat(makerFill.isTaker()).isFalse();
        assertThat(makerFill.feeCost()).isEqualTo(usd("0"));
        Order order = exchange.order(ALICE, alice.order().orderId()).orElseThrow();
        assertThat(order.takerFeesDollars()).isEqualTo(usd("0.04"));
        assertThat(order.makerFeesDollars()).isEqualTo(usd("0"));
        assertThat(cash(ALICE)).isEqualTo(usd("998.46"));
        assertThat(positionRecord(ALICE, MKF).feesPaidDollars()).isEqualTo(usd("0.04"));
    }

    @Test
    void subPennyOneLotFillsConvergeEvenWhenARebateOutgrowsItsFillsFee() {
        OrderResult taker = threeFeeFreeSubPennyFills();

        // Kalshi's first worked example without a trade fee: each 0.055 floors to 0.06 (0.005 rounding);
        // the third fill takes the accumulator to 0.015 and gets 0.01 back, paying 0.05. That fill's net
        // fee is -0.005, the price of converging: 0.17 in all, as one fill of 3 (-0.165 -> -0.17).
        assertThat(taker.fills()).extracting(Fill::feeCost).containsExactly(usd("0.005"), usd("0.005"),
                usd("-0.005"));
        assertThat(taker.fees()).isEqualTo(usd("0.005"));
        assertThat(cash(ALICE)).isEqualTo(usd("999.83"));
    }

    @Test
    void directMemberBalanceKeepsFourDecimals() {
        exchange.createMember("dora", usd("1000"), null, true).orElseThrow();
        bid(BOB, "0.40", "20");

        OrderResult direct = ask("dora", "0.40", "10");
        OrderResult regular = ask(CAROL, "0.40", "10");

        assertThat(direct.fees()).isEqualTo(usd("0.168"));
        assertThat(cash("dora")).isEqualTo(usd("993.832"));
        assertThat(positionRecord("dora", MKT).feesPaidDollars()).isEqualTo(usd("0.168"));
        assertThat(regular.fees()).isEqualTo(usd("0.17"));
        assertThat(cash(CAROL)).isEqualTo(usd("993.83"));
    }

    @Test
    void freeCashCapsTheRoundingSoAFullyFundedBalanceEndsAtZero() {
        exchange.createMember("fay", usd("2.07"), null).orElseThrow();
        for (int i = 0; i < 4; i++) {
            ask(BOB, "0.50", "1");
        }

        // Reserves 2.00 + 0.07 worst-case fee: all of fay's cash, nothing for rounding.
        OrderResult taker = bid("fay", "0.50", "4");

        assertThat(taker.fills()).hasSize(4);
        assertThat(cash("fay")).isEqualTo(usd("0"));
        assertThat(available("fay")).isEqualTo(usd("0"));
        // The first fill's 0.0025 rounding did not fit in free cash, so a cent of it was waived;
        // fay pays 0.07, what one fill of 4 would cost.
        assertThat(taker.fills()).extracting(Fill::feeCost).containsExactly(usd("0.01"), usd("0.02"), usd("0.02"),
                usd("0.02"));
        assertThat(taker.fees()).isEqualTo(usd("0.07"));
    }

    @Test
    void fillsAtSubPennyPricesAndFractionalCountsKeepBalancesOnTheirPrecision() {
        addMarket(MKF, FeeType.QUADRATIC_WITH_MAKER_FEES, "1");
        exchange.createMarket(market("DECI", "E-" + MKF).withTickGrid(TickGrid.named("deci_cent"))).orElseThrow();
        exchange.createMember("dora", usd("1000"), null, true).orElseThrow();
        List<String> members = List.of(ALICE, BOB, CAROL, "dora");
        SplittableRandom random = new SplittableRandom(5);
        for (int step = 0; step < 600; step++) {
            String member = members.get(random.nextInt(members.size()));
            Count count = Count.ofHundredths(1 + random.nextInt(300));
            Price price = Price.ofUnits(10 * (300 + random.nextInt(400)));   // 0.300 to 0.699
            PlaceOrder order = random.nextBoolean() ? PlaceOrder.bid(member, "DECI", price, count)
                    : PlaceOrder.ask(member, "DECI", price, count);
            OrderResult result = place(order);
            // Refusals (a member's own order first in line, say) must change nothing; they are checked below too.
            assertThat(result.isAccepted() || result.reject() == RejectReason.SELF_CROSS_ATTEMPT)
                    .as("step %d: %s", step, result.reject()).isTrue();
            for (String m : members) {
                long precision = m.equals("dora") ? FeeRounding.CENTICENT : FeeRounding.CENT;
                assertThat(Math.floorMod(cash(m).micros(), precision)).as("cash of %s after step %d", m, step).isZero();
            }
            assertThat(exchange.checkInvariants()).as("after step %d", step).isEmpty();
        }
        int filledOrders = 0;
        for (String m : members) {
            for (Order order : exchange.orders(m, OrderQuery.all())) {
                Money tradeFees = tradeFees(exchange.fills(m, FillQuery.all()), order.orderId());
                Money net = order.takerFeesDollars().plus(order.makerFeesDollars());
                // Never below the trade fees (so never negative), at most a cent above them.
                assertThat(net).as("net fees of %s", order.orderId()).isBetween(tradeFees, tradeFees.plus(usd("0.01")));
                filledOrders += order.fillCountFp().isPositive() ? 1 : 0;
            }
        }
        assertThat(filledOrders).isGreaterThan(100);
    }

    /** The fee model's fees on one order's fills, before any rounding. */
    private static Money tradeFees(List<Fill> fills, String orderId) {
        FeeTerms terms = new FeeTerms(FeeType.QUADRATIC_WITH_MAKER_FEES, Ratio.ONE);
        Money total = Money.ZERO;
        for (Fill fill : fills) {
            if (fill.orderId().equals(orderId)) {
                total = total.plus(QuadraticFeeSchedule.kalshi().fee(terms,
                        fill.isTaker() ? Liquidity.TAKER : Liquidity.MAKER, fill.yesPriceDollars(), fill.countFp()));
            }
        }
        return total;
    }
}
