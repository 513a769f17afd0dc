package dev.kalshisim.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.core.strategy.SubmitOrder;
import dev.kalshisim.testkit.StrategyTestKit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The momentum taker on a constructed market. Its money is worked out here exactly: what it paid
 * and received at its IOC prices, and the venue's taker fee for each whole-cent fill,
 * {@code ceil_to_$0.01(0.07 x C x P x (1 - P))}.
 */
class MomentumTest {

    private static final String T = "KXTREND-26JAN-A";
    private static final long SECOND = 1_000_000_000L;

    private Money cash = Money.ZERO;

    private static Money venueFee(Price price, Count count) {
        long p = price.units();
        long numerator = 7L * count.hundredths() * p * (Price.SCALE - p);
        return Money.ofCents(numerator / 10_000_000_000L + (numerator % 10_000_000_000L > 0 ? 1 : 0));
    }

    private static StrategyTestKit started(String... params) {
        StrategyParameters parameters = StrategyParameters.parse(List.of(params));
        return new StrategyTestKit(new Momentum(MomentumConfig.from(parameters)), parameters).offering(T).start();
    }

    private static void book(StrategyTestKit kit, String bid, long bidSize, String ask, long askSize) {
        kit.book(new BookView(T, List.of(BookLevel.of(Price.parse(bid), Count.ofContracts(bidSize))),
                List.of(BookLevel.of(Price.parse(ask).complement(), Count.ofContracts(askSize)))));
    }

    /** Takers buy 20 contracts: the flow is all one way. */
    private static void buyers(StrategyTestKit kit) {
        kit.trade(T, Price.parse("0.50"), Count.ofContracts(12), BookSide.BID);
        kit.trade(T, Price.parse("0.51"), Count.ofContracts(8), BookSide.BID);
    }

    /** Fills the strategy's last order whole at its price, as a taker, and books the money. */
    private OrderRequest fillLast(StrategyTestKit kit) {
        List<SubmitOrder> orders = kit.commands(SubmitOrder.class);
        OrderRequest order = orders.get(orders.size() - 1).request();
        Money value = order.yesPrice().times(order.count());
        cash = order.side() == BookSide.BID ? cash.minus(value) : cash.plus(value);
        cash = cash.minus(venueFee(order.yesPrice(), order.count()));
        kit.fill(order.clientOrderId(), order.count(), venueFee(order.yesPrice(), order.count()), true);
        return order;
    }

    @Test
    void profitsOnASustainedTrendInItsDirection() {
        StrategyTestKit kit = started();
        buyers(kit);
        // Flow +1, imbalance (30 - 10) / 40 = 0.5: signal 0.75 past 0.5. It lifts the ask.
        book(kit, "0.50", 30, "0.51", 10);
        OrderRequest entry = fillLast(kit);
        assertThat(entry.side()).isEqualTo(BookSide.BID);
        assertThat(entry.yesPrice()).isEqualTo(Price.parse("0.51"));
        assertThat(entry.count()).isEqualTo(Count.ofContracts(5));
        assertThat(entry.timeInForce()).isEqualTo(TimeInForce.IMMEDIATE_OR_CANCEL);

        // The buyers keep coming and the price keeps rising: +2c holds, +6c passes the 5c target.
        book(kit, "0.53", 10, "0.54", 10);
        assertThat(kit.commands(SubmitOrder.class)).hasSize(1);
        book(kit, "0.57", 10, "0.58", 10);
        OrderRequest exit = fillLast(kit);
        assertThat(exit.side()).isEqualTo(BookSide.ASK);
        assertThat(exit.yesPrice()).isEqualTo(Price.parse("0.57"));
        assertThat(exit.reduceOnly()).isTrue();
        assertThat(kit.position(T)).isEqualTo(Count.ZERO);

        // 5 x 6c = $0.30 of move, less two fees of $0.09 (0.07 x 5 x 0.51 x 0.49 = $0.0875, and $0.0858
        // at 0.57, both up to the cent): $0.12.
        assertThat(cash).isEqualTo(Money.ofCents(30).minus(Money.ofCents(18))).isEqualTo(Money.ofCents(12));
    }

    @Test
    void isStoppedOutWithABoundedLossOnAReversal() {
        StrategyTestKit kit = started();
        buyers(kit);
        book(kit, "0.50", 30, "0.51", 10);
        fillLast(kit);

        // The move turns: -3c holds, -6c is past the 5c stop and it sells at once at the bid.
        book(kit, "0.48", 10, "0.49", 10);
        assertThat(kit.commands(SubmitOrder.class)).hasSize(1);
        book(kit, "0.45", 10, "0.46", 10);
        OrderRequest exit = fillLast(kit);
        assertThat(exit.side()).isEqualTo(BookSide.ASK);
        assertThat(exit.yesPrice()).isEqualTo(Price.parse("0.45"));
        assertThat(kit.position(T)).isEqualTo(Count.ZERO);

        // 5 x 6c = $0.30 lost, plus fees of $0.09 in and $0.09 out (0.07 x 5 x 0.45 x 0.55 = $0.0866):
        // $0.48. The loss is the stop (5c) plus the 1c the book jumped past it, plus fees: no more.
        assertThat(cash).isEqualTo(Money.ofCents(-48));
        Money stopPlusGap = Price.ofCents(5 + 1).times(Count.ofContracts(5));
        assertThat(cash).isEqualTo(stopPlusGap.plus(Money.ofCents(18)).negate());

        // And the next falling book does not chase it: the cooldown holds, the position is flat.
        book(kit, "0.40", 10, "0.41", 10);
        assertThat(kit.commands(SubmitOrder.class)).hasSize(2);
    }

    @Test
    void respectsThePositionLimit() {
        StrategyTestKit kit = started("max-position=8", "cooldown=1s");
        buyers(kit);
        book(kit, "0.50", 30, "0.51", 10);
        assertThat(fillLast(kit).count()).isEqualTo(Count.ofContracts(5));

        kit.advanceBy(2 * SECOND);
        book(kit, "0.50", 30, "0.51", 10);
        // Only the 3 contracts of room left under 8.
        assertThat(fillLast(kit).count()).isEqualTo(Count.ofContracts(3));
        assertThat(kit.position(T)).isEqualTo(Count.ofContracts(8));

        kit.advanceBy(2 * SECOND);
        book(kit, "0.50", 30, "0.51", 10);
        assertThat(kit.commands(SubmitOrder.class)).hasSize(2);
        assertThat(kit.position(T)).isEqualTo(Count.ofContracts(8));
    }

    @Test
    void doesNotTradeOnBalancedFlow() {
        StrategyTestKit kit = started();
        kit.trade(T, Price.parse("0.50"), Count.ofContracts(10), BookSide.BID);
        kit.trade(T, Price.parse("0.50"), Count.ofContracts(10), BookSide.ASK);
        book(kit, "0.50", 10, "0.51", 10);
        // Even a lopsided book alone is not enough: flow 0, imbalance 0.5, signal 0.25 under 0.5.
        book(kit, "0.50", 30, "0.51", 10);
        assertThat(kit.commands(SubmitOrder.class)).isEmpty();
    }

    @Test
    void reversionModeFadesTheSameSignal() {
        StrategyTestKit kit = started("mode=reversion");
        buyers(kit);
        book(kit, "0.50", 30, "0.51", 10);
        OrderRequest entry = fillLast(kit);
        // It sells YES at the bid (buys NO), betting the buying overshot.
        assertThat(entry.side()).isEqualTo(BookSide.ASK);
        assertThat(entry.yesPrice()).isEqualTo(Price.parse("0.50"));
        assertThat(kit.position(T)).isEqualTo(Count.ofContracts(-5));

        // The price comes back: the YES ask 0.44 is 6c under its entry, past the target; it buys back.
        book(kit, "0.43", 10, "0.44", 10);
        OrderRequest exit = fillLast(kit);
        assertThat(exit.side()).isEqualTo(BookSide.BID);
        assertThat(exit.yesPrice()).isEqualTo(Price.parse("0.44"));
        assertThat(kit.position(T)).isEqualTo(Count.ZERO);
        // 5 x 6c = $0.30, less $0.09 at 0.50 (0.0875) and $0.09 at 0.44 (0.0862): $0.12.
        assertThat(cash).isEqualTo(Money.ofCents(12));
    }

    @Test
    void oldTradesLeaveTheWindow() {
        StrategyTestKit kit = started("cooldown=1s");
        buyers(kit);
        kit.advanceBy(61 * SECOND);
        book(kit, "0.50", 30, "0.51", 10);
        assertThat(kit.commands(SubmitOrder.class)).isEmpty();
    }
}
