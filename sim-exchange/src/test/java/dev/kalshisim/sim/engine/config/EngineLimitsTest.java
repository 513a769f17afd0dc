package dev.kalshisim.sim.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.sim.engine.EngineTestBase;
import dev.kalshisim.sim.engine.MatchingExchange;
import dev.kalshisim.sim.engine.catalog.EventSpec;
import dev.kalshisim.sim.engine.catalog.MarketSpec;
import dev.kalshisim.sim.engine.catalog.SeriesSpec;
import dev.kalshisim.sim.engine.ledger.AccountBalance;
import dev.kalshisim.sim.engine.order.AmendCommand;
import dev.kalshisim.sim.engine.order.DecreaseCommand;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.query.PositionQuery;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.result.RejectReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine's own bounds (issue 8): every refusal comes before the first state change, so the
 * book, balances and events are exactly as before; {@link EngineTestBase} checks the invariants
 * after each test.
 */
class EngineLimitsTest extends EngineTestBase {

    /**
     * Small limits, so the tests reach them with $1,000 accounts: 1,000 contracts an order, 2,000 a
     * position, $10,000 a balance, $5,000 a deposit, $20,000 across the exchange.
     */
    @Override
    protected EngineConfig config() {
        return EngineConfig.defaults().withLimits(EngineLimits.defaults().withMaxOrderCount(100_000L)
                .withMaxPosition(200_000L).withMoney(Money.ofDollars(10_000).micros(),
                        Money.ofDollars(5_000).micros(), Money.ofDollars(20_000).micros()));
    }

    @Test
    void orderCountsPastTheLimitAreRefusedWithTheRule() {
        OrderResult huge = bid(ALICE, "0.40", "100000000000000");
        OrderResult justOver = bid(ALICE, "0.40", "1000.01");

        assertThat(huge.reject()).isEqualTo(RejectReason.INVALID_COUNT);
        assertThat(huge.message()).startsWith("count must be between 0.01 and 1,000 contracts");
        assertThat(justOver.reject()).isEqualTo(RejectReason.INVALID_COUNT);
        assertThat(book()).isEqualTo("yes | no");
        assertThat(events).isEmpty();
    }

    @Test
    void amendPastTheLimitChangesNothing() {
        String id = bid(ALICE, "0.40", "1").orderId();
        events.clear();

        OrderResult amended = exchange.amendOrder(AmendCommand.of(ALICE, id, p("0.40"), c("100000000000000")));

        assertThat(amended.reject()).isEqualTo(RejectReason.INVALID_COUNT);
        assertThat(exchange.order(ALICE, id).orElseThrow().remainingCountFp()).isEqualTo(c("1"));
        assertThat(book()).isEqualTo("yes 0.4000x1.00 | no");
        assertThat(events).isEmpty();
    }

    @Test
    void refusedRepriceLeavesTheCollateralTreeIntact() {
        String cheap = bid(ALICE, "0.10", "100").orderId();
        bid(ALICE, "0.30", "100");
        Money reservedBefore = balance(ALICE).reserved();

        OrderResult refused = exchange.amendOrder(AmendCommand.of(ALICE, cheap, p("0.99"), c("1000")));

        assertThat(refused.reject()).isEqualTo(RejectReason.INSUFFICIENT_BALANCE);
        assertThat(balance(ALICE).reserved()).isEqualTo(reservedBefore);
        // The probe must have put the old node back: a later decrease re-reads it and the invariants agree.
        assertThat(exchange.decreaseOrder(DecreaseCommand.by(ALICE, cheap, c("50"))).isAccepted()).isTrue();
        assertThat(exchange.checkInvariants()).isEmpty();
    }

    @Test
    void positionLimitCountsRestingOrdersOnTheSameSide() {
        assertThat(bid(ALICE, "0.01", "1000").isAccepted()).isTrue();
        assertThat(bid(ALICE, "0.02", "999.99").isAccepted()).isTrue();

        OrderResult over = bid(ALICE, "0.01", "0.02");
        OrderResult otherSide = ask(ALICE, "0.99", "1000");

        assertThat(over.reject()).isEqualTo(RejectReason.POSITION_LIMIT_EXCEEDED);
        assertThat(over.message()).contains("at most 2,000 contracts");
        assertThat(otherSide.isAccepted()).isTrue();
        assertThat(bid(ALICE, "0.01", "0.01").isAccepted()).isTrue();
    }

    @Test
    void amendThatGrowsPastThePositionLimitIsRefused() {
        bid(ALICE, "0.01", "1000");
        bid(ALICE, "0.02", "500");
        String id = bid(ALICE, "0.03", "400").orderId();

        OrderResult grown = exchange.amendOrder(AmendCommand.of(ALICE, id, p("0.03"), c("500.01")));

        assertThat(grown.reject()).isEqualTo(RejectReason.POSITION_LIMIT_EXCEEDED);
        assertThat(exchange.order(ALICE, id).orElseThrow().remainingCountFp()).isEqualTo(c("400"));
        assertThat(exchange.amendOrder(AmendCommand.of(ALICE, id, p("0.03"), c("500"))).isAccepted()).isTrue();
    }

    @Test
    void moneyLimitsAreCheckedBeforeAnyAccountOrDepositChanges() {
        EngineResult<AccountBalance> tooRich = exchange.createMember("dave", Money.ofDollars(10_001), "dave-key");
        EngineResult<AccountBalance> bigDeposit = exchange.deposit(ALICE, Money.ofDollars(5_001));
        EngineResult<AccountBalance> overBalance = exchange.deposit(ALICE, Money.ofDollars(4_000));

        assertThat(tooRich.reject()).isEqualTo(RejectReason.AMOUNT_LIMIT_EXCEEDED);
        assertThat(exchange.members()).containsExactly(ALICE, BOB, CAROL);
        assertThat(exchange.memberForApiKey("dave-key")).isEmpty();
        assertThat(bigDeposit.reject()).isEqualTo(RejectReason.AMOUNT_LIMIT_EXCEEDED);
        assertThat(exchange.deposit(ALICE, Money.ofDollars(4_000)).isOk()).isTrue();
        assertThat(overBalance.isOk()).isTrue();
        assertThat(exchange.deposit(ALICE, Money.ofDollars(3_000)).reject())
                .isEqualTo(RejectReason.AMOUNT_LIMIT_EXCEEDED);
        assertThat(cash(ALICE)).isEqualTo(usd("9000"));
        // $2,000 of the other members plus $9,000 leaves room for $9,000 more across the exchange.
        assertThat(exchange.createMember("erin", Money.ofDollars(5_000), null).isOk()).isTrue();
        assertThat(exchange.createMember("frank", Money.ofDollars(4_001), null).reject())
                .isEqualTo(RejectReason.AMOUNT_LIMIT_EXCEEDED);
    }

    @Test
    void feeMultipliersAndTimesOutsideTheLimitsCreateNothing() {
        EngineResult<?> tiny = exchange.createSeries(new SeriesSpec("TINY", "TINY", "", "custom", List.of(),
                FeeType.QUADRATIC, new BigDecimal("1e-300")));
        EngineResult<?> huge = exchange.createSeries(new SeriesSpec("HUGE", "HUGE", "", "custom", List.of(),
                FeeType.QUADRATIC, new BigDecimal("1180591620717411303424")));
        EngineResult<?> eventOverride = exchange.createEvent(new EventSpec("EV2", "SER", "", "", false, null,
                new BigDecimal("1e-300")));
        EngineResult<?> farMarket = exchange.createMarket(MarketSpec.of("FAR", "EV", START,
                Instant.parse("9999-12-31T23:59:59Z")));

        assertThat(tiny.reject()).isEqualTo(RejectReason.INVALID_PARAMETERS);
        assertThat(huge.reject()).isEqualTo(RejectReason.INVALID_PARAMETERS);
        assertThat(eventOverride.reject()).isEqualTo(RejectReason.INVALID_PARAMETERS);
        assertThat(farMarket.reject()).isEqualTo(RejectReason.INVALID_PARAMETERS);
        assertThat(exchange.series("TINY")).isEmpty();
        assertThat(exchange.event("EV2", false)).isEmpty();
        assertThat(exchange.market("FAR")).isEmpty();
        assertThat(exchange.setCloseTime(MKT, Instant.parse("+999999999-12-31T23:59:59Z")).reject())
                .isEqualTo(RejectReason.INVALID_PARAMETERS);
    }

    @Test
    void expirationPastTheClockRangeIsRefused() {
        OrderResult far = place(PlaceOrder.bid(ALICE, MKT, p("0.40"), c("1"))
                .withExpirationTime(Instant.parse("9999-12-31T23:59:59Z")));

        assertThat(far.reject()).isEqualTo(RejectReason.INVALID_EXPIRATION);
        assertThat(book()).isEqualTo("yes | no");
    }

    @Test
    void partialCloseOfALargePositionSplitsTheBasisExactly() {
        MatchingExchange big = new MatchingExchange(clock);
        big.createSeries(SeriesSpec.of("SER", FeeType.QUADRATIC)).orElseThrow();
        big.createEvent(EventSpec.of("EV", "SER")).orElseThrow();
        big.createMarket(market(MKT, "EV")).orElseThrow();
        for (String member : List.of(ALICE, BOB, CAROL)) {
            big.createMember(member, Money.ofDollars(2_000_000), null).orElseThrow();
        }
        // 1,000,000 YES at $0.99, half of it sold back: the basis (9.9 x 10^11 micros) times the
        // 5 x 10^7 hundredths closed passes a long; only the released share must fit.
        big.placeOrder(PlaceOrder.bid(ALICE, MKT, p("0.99"), c("1000000")));
        big.placeOrder(PlaceOrder.ask(BOB, MKT, p("0.99"), c("1000000")));
        big.placeOrder(PlaceOrder.ask(ALICE, MKT, p("0.98"), c("500000")));
        OrderResult close = big.placeOrder(PlaceOrder.bid(CAROL, MKT, p("0.98"), c("500000")));

        assertThat(close.fillCount()).isEqualTo(c("500000"));
        MarketPosition alice = big.positions(ALICE, PositionQuery.forTicker(MKT)).get(0);
        assertThat(alice.positionFp()).isEqualTo(c("500000"));
        assertThat(alice.marketExposureDollars()).isEqualTo(usd("495000"));
        assertThat(big.checkInvariants()).isEmpty();
    }

    @Test
    void limitsRefuseConfigurationsThatCouldOverflow() {
        assertThatThrownBy(() -> EngineLimits.defaults().withMaxOrderCount(100_000_001L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EngineLimits.defaults().withMoney(1, 1, Long.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EngineLimits.contracts(Count.ofContracts(1_000_000).hundredths())).isEqualTo("1,000,000");
        assertThat(EngineLimits.dollars(Money.parse("1234.5678").micros())).isEqualTo("$1,234.56");
    }
}
