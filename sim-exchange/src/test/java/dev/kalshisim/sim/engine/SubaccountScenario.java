package dev.kalshisim.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.sim.engine.config.SelfTradeScope;
import dev.kalshisim.sim.engine.ledger.AccountBalance;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.query.FillQuery;
import dev.kalshisim.sim.engine.query.PositionQuery;
import dev.kalshisim.sim.engine.query.SettlementQuery;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.subaccount.CashTransfer;
import dev.kalshisim.sim.engine.subaccount.PositionTransfer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.UUID;

/**
 * {@link Scenario} with subaccounts: a member's ledger is written {@code alice/1} (plain
 * {@code alice} is the primary, 0). Lines it does not know go to {@link Scenario}, so the two mix:
 * <pre>
 *   open alice                           -> 1
 *   transfer alice 0>1 250.00 as t1      -> ok
 *   transfer alice 1>0 9999.00           -> rejected INSUFFICIENT_BALANCE
 *   move alice 1>0 yes 5 @0.40           -> ok
 *   alice/1 bid 10 @0.40 ioc maker       -> filled 10 executed
 *   cash alice/1 250   /   available alice/1 246   /   reserved alice/1 4   /   position alice/1 5
 *   total alice 1000   (cash over all the member's ledgers)
 *   fills alice/1 2    /   settlements alice/1 1    /   lock alice 1 -> ok   /   unlock alice 1 -> ok
 *   scope subaccount   (self-trade prevention per subaccount)
 * </pre>
 * A transfer's client id is random unless {@code as NAME} names it, so {@code as t1} twice repeats it.
 */
final class SubaccountScenario {

    private final EngineTestBase test;
    private final Scenario plain;

    SubaccountScenario(EngineTestBase test) {
        this.test = test;
        this.plain = new Scenario(test);
    }

    void run(String script) {
        int lineNumber = 0;
        for (String raw : script.split("\n")) {
            lineNumber++;
            String line = raw.replaceAll("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("->");
            String[] t = parts[0].trim().split("\\s+");
            String actual = step(t);
            if (actual == null) {
                plain.run(line);
            } else if (parts.length > 1) {
                assertThat(actual).as("line %d: %s", lineNumber, line).isEqualTo(parts[1].trim());
            }
        }
    }

    /** The outcome of one line, or null for a line {@link Scenario} runs. */
    private String step(String[] t) {
        MatchingExchange exchange = test.exchange;
        switch (t[0]) {
            case "open":
                return outcome(exchange.createSubaccount(t[1]).map(view -> String.valueOf(view.number())));
            case "transfer": {
                int[] route = route(t[2]);
                long cents = new BigDecimal(t[3]).movePointRight(2).longValueExact();
                return outcome(exchange.transferCash(new CashTransfer(t[1], clientId(t, 4), route[0], route[1], cents,
                        0)).map(done -> "ok"));
            }
            case "move": {
                int[] route = route(t[2]);
                return outcome(exchange.transferPosition(new PositionTransfer(t[1], clientId(t, 6), route[0], route[1],
                        EngineTestBase.MKT, OutcomeSide.fromWire(t[3]), EngineTestBase.c(t[4]),
                        EngineTestBase.p(t[5].substring(1)))).map(done -> "ok"));
            }
            case "lock":
                return outcome(exchange.lockForSettlementAdvance(t[1], Integer.parseInt(t[2])).map(token -> "ok"));
            case "unlock":
                return outcome(exchange.unlockForSettlementAdvance(t[1], Integer.parseInt(t[2])).map(view -> "ok"));
            case "scope":
                exchange.setSelfTradeScope(SelfTradeScope.valueOf(t[1].toUpperCase(java.util.Locale.ROOT)));
                return "";
            case "total":
                assertThat(total(t[1])).as("cash of %s over its ledgers", t[1]).isEqualTo(EngineTestBase.usd(t[2]));
                return "";
            default:
                return t.length > 1 && t[1].contains("/") ? ledgerCheck(t) : ledgerOrder(t);
        }
    }

    /** {@code cash|available|reserved|position|fills|settlements MEMBER/N VALUE}. */
    private String ledgerCheck(String[] t) {
        String member = member(t[1]);
        int sub = subaccount(t[1]);
        MatchingExchange exchange = test.exchange;
        switch (t[0]) {
            case "cash":
                assertThat(balance(member, sub).cash()).as("cash of %s", t[1]).isEqualTo(EngineTestBase.usd(t[2]));
                return "";
            case "available":
                assertThat(balance(member, sub).available()).as("available of %s", t[1])
                        .isEqualTo(EngineTestBase.usd(t[2]));
                return "";
            case "reserved":
                assertThat(balance(member, sub).reserved()).as("reserved of %s", t[1])
                        .isEqualTo(EngineTestBase.usd(t[2]));
                return "";
            case "position":
                Count held = exchange.positions(member, PositionQuery.forTicker(EngineTestBase.MKT).withSubaccount(sub))
                        .stream().map(p -> p.positionFp()).findFirst().orElse(Count.ZERO);
                assertThat(held).as("position of %s", t[1]).isEqualTo(EngineTestBase.c(t[2]));
                return "";
            case "fills":
                assertThat(exchange.fills(member, new FillQuery(null, null, null, null, sub)))
                        .as("fills of %s", t[1]).hasSize(Integer.parseInt(t[2]));
                return "";
            case "settlements":
                assertThat(exchange.settlements(member, new SettlementQuery(null, null, null, null, sub)))
                        .as("settlements of %s", t[1]).hasSize(Integer.parseInt(t[2]));
                return "";
            default:
                throw new IllegalArgumentException("unknown check " + t[0]);
        }
    }

    /** {@code MEMBER/N bid|ask COUNT @PRICE [ioc] [maker]}, or null when the member names no subaccount. */
    private String ledgerOrder(String[] t) {
        if (!t[0].contains("/")) {
            return null;
        }
        PlaceOrder order = PlaceOrder.limit(member(t[0]), EngineTestBase.MKT, BookSide.fromWire(t[1]),
                EngineTestBase.p(t[3].substring(1)), EngineTestBase.c(t[2])).withSubaccount(subaccount(t[0]));
        for (String option : Arrays.asList(t).subList(4, t.length)) {
            if (option.equals("ioc")) {
                order = order.withTimeInForce(TimeInForce.IMMEDIATE_OR_CANCEL);
            } else if (option.equals("maker")) {
                order = order.withSelfTradePrevention(SelfTradePrevention.MAKER);
            } else {
                throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return Scenario.describe(test.exchange.placeOrder(order));
    }

    private AccountBalance balance(String member, int subaccount) {
        return test.exchange.balance(member, subaccount).orElseThrow();
    }

    private Money total(String member) {
        Money sum = Money.ZERO;
        for (var view : test.exchange.subaccounts(member).orElseThrow()) {
            sum = sum.plus(view.balance().cash());
        }
        return sum;
    }

    /** A named client id ({@code as NAME} at {@code at}) maps to one UUID; otherwise a fresh one. */
    private static String clientId(String[] t, int at) {
        if (t.length > at + 1 && t[at].equals("as")) {
            return UUID.nameUUIDFromBytes(t[at + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        }
        return UUID.randomUUID().toString();
    }

    private static int[] route(String text) {
        String[] ends = text.split(">");
        return new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[1])};
    }

    private static String member(String ledger) {
        return ledger.split("/")[0];
    }

    private static int subaccount(String ledger) {
        String[] parts = ledger.split("/");
        return parts.length == 1 ? 0 : Integer.parseInt(parts[1]);
    }

    private static String outcome(EngineResult<String> result) {
        return result.isOk() ? result.value() : "rejected " + result.reject();
    }
}
