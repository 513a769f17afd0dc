package dev.kalshisim.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.sim.engine.order.AmendCommand;
import dev.kalshisim.sim.engine.order.CancelResult;
import dev.kalshisim.sim.engine.order.DecreaseCommand;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.time.Times;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a scenario written like an exchange-core feature file against {@link EngineTestBase}'s
 * market, one line per step ({@code #} starts a comment):
 * <pre>
 *   alice bid 10 @0.40 as a1        -> resting 10
 *   bob ask 12 @0.41 ioc            -> filled 8 canceled
 *   amend alice a1 @0.42 total 12   -> resting 12
 *   decrease alice a1 to 3          -> reduced 9
 *   cancel alice a1                 -> reduced 3
 *   book yes 0.4000x10.00 | no 0.5900x4.00
 *   cash bob 993.832   /   reserved alice 4.168   /   position alice 5   /   queue a1 5
 *   advance 10s   /   pause trading   /   resume exchange   /   settle yes
 *   group alice g1 10               -> ok          (an order group with a 10-contract limit)
 *   trigger alice g1 / reset alice g1 / limit alice g1 5 / delete alice g1   -> ok
 *   groupstate g1 triggered matched 10 orders 0
 * </pre>
 * Order options: {@code ioc fok post reduce maker coid=X exp=Ns og=GROUP as NAME}. An outcome is
 * {@code rejected REASON}, or {@code filled N} and/or {@code resting N | executed | canceled}.
 */
final class Scenario {

    private final EngineTestBase test;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> owners = new HashMap<>();
    private final Map<String, String> groups = new HashMap<>();
    private final Map<String, String> groupOwners = new HashMap<>();

    Scenario(EngineTestBase test) {
        this.test = test;
    }

    void run(String script) {
        int lineNumber = 0;
        for (String raw : script.split("\n")) {
            lineNumber++;
            String line = raw.replaceAll("#.*", "").trim();
            if (!line.isEmpty()) {
                String[] parts = line.split("->");
                String actual = step(parts[0].trim().split("\\s+"));
                if (parts.length > 1) {
                    assertThat(actual).as("line %d: %s", lineNumber, line).isEqualTo(parts[1].trim());
                }
            }
        }
    }

    private String step(String[] t) {
        var exchange = test.exchange;
        switch (t[0]) {
            case "book":
                assertThat(test.book()).isEqualTo(String.join(" ", Arrays.copyOfRange(t, 1, t.length)));
                return "";
            case "cash":
                assertThat(test.cash(t[1])).as("cash of %s", t[1]).isEqualTo(EngineTestBase.usd(t[2]));
                return "";
            case "reserved":
                assertThat(test.balance(t[1]).reserved()).as("reserved of %s", t[1]).isEqualTo(EngineTestBase.usd(t[2]));
                return "";
            case "position":
                assertThat(test.position(t[1], EngineTestBase.MKT)).as("position of %s", t[1])
                        .isEqualTo(EngineTestBase.c(t[2]));
                return "";
            case "queue":
                assertThat(exchange.queuePosition(owners.get(t[1]), names.get(t[1])).orElseThrow().queuePositionFp())
                        .isEqualTo(EngineTestBase.c(t[2]));
                return "";
            case "advance":
                test.clock.advanceByMillis(t[1].endsWith("ms") ? Long.parseLong(t[1].replace("ms", ""))
                        : 1_000 * Long.parseLong(t[1].replace("s", "")));
                return "";
            case "pause":
            case "resume":
                boolean on = t[0].equals("resume");
                if (t[1].equals("trading")) {
                    exchange.setTradingActive(on);
                } else {
                    exchange.setExchangeActive(on);
                }
                return "";
            case "settle":
                exchange.settleMarket(EngineTestBase.MKT, MarketResult.fromWire(t[1])).orElseThrow();
                return "";
            case "cancel":
                return reduced(exchange.cancelOrder(t[1], names.get(t[2])));
            case "decrease":
                Count amount = EngineTestBase.c(t[4]);
                return reduced(exchange.decreaseOrder(t[3].equals("by") ? DecreaseCommand.by(t[1], names.get(t[2]), amount)
                        : DecreaseCommand.to(t[1], names.get(t[2]), amount)));
            case "amend":
                return describe(exchange.amendOrder(AmendCommand.of(t[1], names.get(t[2]),
                        EngineTestBase.p(t[3].substring(1)), EngineTestBase.c(t[5]))));
            case "group":
                var created = exchange.createOrderGroup(t[1], 0, EngineTestBase.c(t[3]));
                if (created.isOk()) {
                    groups.put(t[2], created.value().id());
                    groupOwners.put(t[2], t[1]);
                }
                return outcome(created);
            case "trigger":
                return outcome(exchange.triggerOrderGroup(t[1], groups.get(t[2]), null));
            case "reset":
                return outcome(exchange.resetOrderGroup(t[1], groups.get(t[2]), null));
            case "limit":
                return outcome(exchange.updateOrderGroupLimit(t[1], groups.get(t[2]), null, EngineTestBase.c(t[3])));
            case "delete":
                return outcome(exchange.deleteOrderGroup(t[1], groups.get(t[2]), null));
            case "groupstate":
                var found = exchange.orderGroup(groupOwners.get(t[1]), groups.get(t[1]), null).orElseThrow();
                assertThat((found.triggered() ? "triggered" : "open") + " matched " + plain(found.matched())
                        + " orders " + found.orderIds().size()).as("state of group %s", t[1])
                        .isEqualTo(String.join(" ", Arrays.copyOfRange(t, 2, t.length)));
                return "";
            default:
                return place(t);
        }
    }

    private String place(String[] t) {
        BookSide side = BookSide.fromWire(t[1]);
        PlaceOrder order = PlaceOrder.limit(t[0], EngineTestBase.MKT, side, EngineTestBase.p(t[3].substring(1)),
                EngineTestBase.c(t[2]));
        String name = null;
        List<String> options = Arrays.asList(t).subList(4, t.length);
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.equals("ioc")) {
                order = order.withTimeInForce(TimeInForce.IMMEDIATE_OR_CANCEL);
            } else if (option.equals("fok")) {
                order = order.withTimeInForce(TimeInForce.FILL_OR_KILL);
            } else if (option.equals("post")) {
                order = order.withPostOnly(true);
            } else if (option.equals("reduce")) {
                order = order.withReduceOnly(true);
            } else if (option.equals("maker")) {
                order = order.withSelfTradePrevention(SelfTradePrevention.MAKER);
            } else if (option.startsWith("coid=")) {
                order = order.withClientOrderId(option.substring(5));
            } else if (option.startsWith("exp=")) {
                long seconds = Long.parseLong(option.substring(4).replace("s", ""));
                order = order.withExpirationTime(Times.instant(test.clock.nowNanos()).plusSeconds(seconds));
            } else if (option.startsWith("og=")) {
                order = order.withOrderGroupId(groups.getOrDefault(option.substring(3), option.substring(3)));
            } else if (option.equals("as")) {
                name = options.get(++i);
            } else {
                throw new IllegalArgumentException("unknown option " + option);
            }
        }
        OrderResult result = test.exchange.placeOrder(order);
        if (name != null && result.isAccepted()) {
            names.put(name, result.orderId());
            owners.put(name, t[0]);
        }
        return describe(result);
    }

    /** How a scenario line reads an order's result: "rejected X", "filled 2 resting 3", "executed", ... */
    static String describe(OrderResult result) {
        if (!result.isAccepted()) {
            return "rejected " + result.reject();
        }
        String filled = result.fills().isEmpty() ? "" : "filled " + plain(result.fillCount()) + " ";
        switch (result.order().status()) {
            case RESTING:
                return filled + "resting " + plain(result.remainingCount());
            case EXECUTED:
                return filled + "executed";
            default:
                return filled + "canceled";
        }
    }

    private static String outcome(EngineResult<?> result) {
        return result.isOk() ? "ok" : "rejected " + result.reject();
    }

    private static String reduced(CancelResult result) {
        return result.isAccepted() ? "reduced " + plain(result.reducedBy()) : "rejected " + result.reject();
    }

    private static String plain(Count count) {
        return new BigDecimal(count.toString()).stripTrailingZeros().toPlainString();
    }
}
