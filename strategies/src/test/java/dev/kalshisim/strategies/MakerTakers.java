package dev.kalshisim.strategies;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.OpenOrder;
import dev.kalshisim.testkit.StrategyTestKit;
import java.util.ArrayList;
import java.util.List;

/**
 * The takers of a constructed market, trading against the market maker's quotes in a {@link
 * StrategyTestKit}, and the maker's money from those trades: cash paid and received, Kalshi's maker
 * fees, and the inventory marked at a price. Everything exact, in Money.
 */
final class MakerTakers {

    private final StrategyTestKit kit;
    private final String ticker;
    private final List<Price> bought = new ArrayList<>();
    private final List<Price> sold = new ArrayList<>();
    private Money cash = Money.ZERO;
    private Money fees = Money.ZERO;

    MakerTakers(StrategyTestKit kit, String ticker) {
        this.kit = kit;
        this.ticker = ticker;
    }

    /**
     * Kalshi's maker fee on a {@code quadratic_with_maker_fees} series: 0.0175 x C x P x (1 - P),
     * rounded up to $0.0001 (exact: with C in hundredths and P in $0.0001 units, the fee in $0.0001 is
     * 175 x c x p x (10000 - p) / 10^10).
     */
    static Money makerFee(Price price, Count count) {
        long p = price.units();
        long numerator = 175L * count.hundredths() * p * (Price.SCALE - p);
        long ticks = numerator / 10_000_000_000L + (numerator % 10_000_000_000L > 0 ? 1 : 0);
        return Money.ofMicros(ticks * 100);
    }

    /** The maker's working quote on {@code side}, if any. */
    OpenOrder quote(BookSide side) {
        OpenOrder found = null;
        for (OpenOrder order : kit.openOrders(ticker)) {
            if (order.side() == side && order.isWorking()) {
                if (found != null) {
                    throw new AssertionError("two working quotes on the " + side + " side: " + kit.openOrders(ticker));
                }
                found = order;
            }
        }
        return found;
    }

    /** A seller hits the maker's bid for all of it; returns the price, or null when there was no bid. */
    Price hitBid() {
        return take(BookSide.BID);
    }

    /** A buyer lifts the maker's ask for all of it; returns the price, or null when there was no ask. */
    Price liftAsk() {
        return take(BookSide.ASK);
    }

    private Price take(BookSide side) {
        OpenOrder order = quote(side);
        if (order == null) {
            return null;
        }
        Count count = order.remaining();
        Price price = order.yesPrice();
        Money fee = makerFee(price, count);
        fees = fees.plus(fee);
        if (side == BookSide.BID) {
            cash = cash.minus(price.times(count));
            bought.add(price);
        } else {
            cash = cash.plus(price.times(count));
            sold.add(price);
        }
        kit.fill(order.id(), count, fee, false);
        return price;
    }

    /** The maker's profit: cash from its trades, less fees, plus its position valued at {@code mark}. */
    Money pnl(Price mark) {
        Count position = kit.position(ticker);
        Money inventory = position.isNegative() ? mark.times(position.negate()).negate() : mark.times(position);
        return cash.minus(fees).plus(inventory);
    }

    Money fees() {
        return fees;
    }

    List<Price> bought() {
        return List.copyOf(bought);
    }

    List<Price> sold() {
        return List.copyOf(sold);
    }
}
