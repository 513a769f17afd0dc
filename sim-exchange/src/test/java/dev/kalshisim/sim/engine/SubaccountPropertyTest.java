package dev.kalshisim.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.sim.engine.config.SelfTradeScope;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.query.PositionQuery;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.engine.subaccount.AppliedTransfer;
import dev.kalshisim.sim.engine.subaccount.CashTransfer;
import dev.kalshisim.sim.engine.subaccount.PositionTransfer;
import dev.kalshisim.sim.engine.subaccount.SubaccountView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random trading over members' subaccounts: orders on every ledger, cash and position
 * transfers (many of them impossible), locks, then settlement. After every command the engine's
 * invariants hold (money and contracts summed over all ledgers); every applied transfer leaves the
 * member's net contracts across ledgers unchanged and its total cash too, but for the $1 a pair freed
 * when the moved position nets against an opposite holding, and every refused one leaves all its
 * ledgers exactly as they were.
 */
class SubaccountPropertyTest extends EngineTestBase {

    private static final List<String> MEMBERS = List.of(ALICE, BOB, CAROL);
    private static final int SUBACCOUNTS = 2;

    private final Map<RejectReason, Integer> refusals = new EnumMap<>(RejectReason.class);
    private int applied;
    private int appliedPositions;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 11, 2026})
    void transfersConserveMoneyAndContracts(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (String member : MEMBERS) {
            for (int i = 0; i < SUBACCOUNTS; i++) {
                exchange.createSubaccount(member).orElseThrow();
            }
        }
        if (random.nextBoolean()) {
            exchange.setSelfTradeScope(SelfTradeScope.SUBACCOUNT);
        }
        for (int step = 0; step < 2_000; step++) {
            String member = MEMBERS.get(random.nextInt(MEMBERS.size()));
            int roll = random.nextInt(10);
            if (roll < 5) {
                order(random, member);
            } else if (roll < 7) {
                cashTransfer(random, member);
            } else if (roll < 9) {
                positionTransfer(random, member);
            } else {
                toggleLock(random, member);
            }
            assertThat(exchange.checkInvariants()).as("after step %d (seed %d)", step, seed).isEmpty();
        }
        assertThat(applied).as("transfers applied").isGreaterThan(100);
        assertThat(appliedPositions).as("position transfers applied").isGreaterThan(20);
        assertThat(refusals).containsKeys(RejectReason.INSUFFICIENT_BALANCE, RejectReason.INVALID_PARAMETERS);
        Money before = everyone();
        exchange.settleMarket(MKT, random.nextBoolean() ? MarketResult.YES : MarketResult.NO).orElseThrow();
        assertThat(exchange.checkInvariants()).isEmpty();
        for (String member : MEMBERS) {
            for (SubaccountView view : exchange.subaccounts(member).orElseThrow()) {
                assertThat(view.balance().reserved()).isEqualTo(Money.ZERO);
                assertThat(ledgerPosition(member, view.number())).isEqualTo(Count.ZERO);
            }
        }
        assertThat(everyone()).as("settlement pays out what the pairs locked").isGreaterThanOrEqualTo(before);
    }

    private void order(SplittableRandom random, String member) {
        int sub = random.nextInt(SUBACCOUNTS + 1);
        Price price = Price.ofUnits(100L * (1 + random.nextInt(99)));
        BookSide side = random.nextBoolean() ? BookSide.BID : BookSide.ASK;
        PlaceOrder order = PlaceOrder.limit(member, MKT, side, price, Count.ofContracts(1 + random.nextInt(40)))
                .withSubaccount(sub);
        if (random.nextInt(3) == 0) {
            order = order.withTimeInForce(TimeInForce.IMMEDIATE_OR_CANCEL);
        }
        if (random.nextBoolean()) {
            order = order.withSelfTradePrevention(SelfTradePrevention.MAKER);
        }
        exchange.placeOrder(order);
    }

    private void cashTransfer(SplittableRandom random, String member) {
        int from = random.nextInt(SUBACCOUNTS + 1);
        int to = random.nextInt(SUBACCOUNTS + 2); // sometimes a subaccount that does not exist, or the same one
        long cents = random.nextInt(4) == 0 ? 1 + random.nextLong(200_000) : 1 + random.nextLong(20_000);
        Snapshot before = snapshot(member);
        EngineResult<AppliedTransfer> result = exchange.transferCash(
                new CashTransfer(member, UUID.randomUUID().toString(), from, to, cents, 0));
        check(member, before, result);
    }

    private void positionTransfer(SplittableRandom random, String member) {
        int from = random.nextInt(SUBACCOUNTS + 1);
        int to = random.nextInt(SUBACCOUNTS + 1);
        OutcomeSide side = random.nextBoolean() ? OutcomeSide.YES : OutcomeSide.NO;
        Price price = Price.ofUnits(100L * random.nextInt(101));
        Snapshot before = snapshot(member);
        EngineResult<AppliedTransfer> result = exchange.transferPosition(new PositionTransfer(member,
                UUID.randomUUID().toString(), from, to, MKT, side, Count.ofContracts(1 + random.nextInt(15)), price));
        check(member, before, result);
        appliedPositions += result.isOk() ? 1 : 0;
    }

    private void toggleLock(SplittableRandom random, String member) {
        int sub = random.nextInt(SUBACCOUNTS + 1);
        boolean locked = exchange.subaccounts(member).orElseThrow().get(sub).locked();
        if (locked) {
            exchange.unlockForSettlementAdvance(member, sub).orElseThrow();
        } else if (random.nextInt(4) == 0) {
            exchange.lockForSettlementAdvance(member, sub).orElseThrow();
        }
    }

    private void check(String member, Snapshot before, EngineResult<AppliedTransfer> result) {
        Snapshot after = snapshot(member);
        if (result.isOk()) {
            applied++;
            // A position landing on an opposite holding nets with it and frees $1 a pair, so the member's
            // cash grows by $1 for every two contracts of gross position that disappear, and only then.
            long freedPairs = (before.grossHundredths() - after.grossHundredths()) / 2;
            assertThat(after.totalCash()).as("member's cash over its ledgers")
                    .isEqualTo(before.totalCash().plus(Money.ofMicros(freedPairs * 10_000L)));
            assertThat(after.netContracts()).as("member's net contracts over its ledgers")
                    .isEqualTo(before.netContracts());
        } else {
            refusals.merge(result.reject(), 1, Integer::sum);
            assertThat(after).as("a refused transfer (%s) changes nothing", result.message()).isEqualTo(before);
        }
    }

    /** Every ledger's cash, reserve and position, in order. */
    private record Snapshot(List<Money> cash, List<Money> reserved, List<Count> positions) {

        Money totalCash() {
            return cash.stream().reduce(Money.ZERO, Money::plus);
        }

        Count netContracts() {
            return positions.stream().reduce(Count.ZERO, Count::plus);
        }

        long grossHundredths() {
            return positions.stream().mapToLong(count -> Math.abs(count.hundredths())).sum();
        }
    }

    private Snapshot snapshot(String member) {
        List<Money> cash = new ArrayList<>();
        List<Money> reserved = new ArrayList<>();
        List<Count> positions = new ArrayList<>();
        for (SubaccountView view : exchange.subaccounts(member).orElseThrow()) {
            cash.add(view.balance().cash());
            reserved.add(view.balance().reserved());
            positions.add(ledgerPosition(member, view.number()));
        }
        return new Snapshot(cash, reserved, positions);
    }

    private Count ledgerPosition(String member, int sub) {
        return exchange.positions(member, PositionQuery.forTicker(MKT).withSubaccount(sub)).stream()
                .map(MarketPosition::positionFp).findFirst().orElse(Count.ZERO);
    }

    private Money everyone() {
        Money sum = Money.ZERO;
        for (String member : MEMBERS) {
            for (SubaccountView view : exchange.subaccounts(member).orElseThrow()) {
                sum = sum.plus(view.balance().cash());
            }
        }
        return sum;
    }
}
