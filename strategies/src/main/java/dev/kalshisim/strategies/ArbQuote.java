package dev.kalshisim.strategies;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.StrategyContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What buying one side of every outcome of an event costs now: the best ask of that side in each
 * market, the size to buy, the fees and the profit at settlement. Buying every YES pays $1 a set
 * (exactly one outcome wins); buying every NO pays N - 1 a set (all but one win).
 */
final class ArbQuote {

    /** Which side of every market it buys. */
    enum Leg { YES, NO }

    final Leg leg;
    /** The ask of {@link #leg} in each market, on that leg's own price. */
    final List<Price> asks;
    /** Contracts per market. */
    final Count count;
    final Money cost;
    final Money fees;
    final Money payout;

    private ArbQuote(Leg leg, List<Price> asks, Count count, Money cost, Money fees, Money payout) {
        this.leg = leg;
        this.asks = asks;
        this.count = count;
        this.cost = cost;
        this.fees = fees;
        this.payout = payout;
    }

    /** Payout minus cost minus fees. */
    Money profit() {
        return payout.minus(cost).minus(fees);
    }

    /**
     * Prices buying {@code leg} in every one of {@code tickers}, as many whole contracts as the
     * thinnest top level holds, within {@code cap} and each market's room under {@code maxPosition};
     * empty when a book has no ask on that leg or there is no room for a whole contract.
     */
    static Optional<ArbQuote> price(Leg leg, List<String> tickers, StrategyContext context, TakerFee fee, Count cap,
            Count maxPosition) {
        List<Price> asks = new ArrayList<>(tickers.size());
        long hundredths = cap.hundredths();
        for (String ticker : tickers) {
            BookView book = context.book(ticker);
            Optional<BookLevel> ask = leg == Leg.YES ? book.bestYesAsk() : book.bestNoAsk();
            if (ask.isEmpty()) {
                return Optional.empty();
            }
            asks.add(ask.get().price());
            hundredths = Math.min(hundredths, ask.get().size().hundredths());
            // Buying YES moves the position up, buying NO down; either way not past the limit.
            long position = context.position(ticker).hundredths();
            long room = maxPosition.hundredths() - (leg == Leg.YES ? position : -position);
            hundredths = Math.min(hundredths, room);
        }
        long whole = hundredths / Count.SCALE * Count.SCALE;
        if (whole <= 0) {
            return Optional.empty();
        }
        Count count = Count.ofHundredths(whole);
        Money cost = Money.ZERO;
        Money fees = Money.ZERO;
        for (Price ask : asks) {
            cost = cost.plus(ask.times(count));
            fees = fees.plus(fee.of(ask, count));
        }
        long setsPaid = leg == Leg.YES ? 1 : tickers.size() - 1;
        Money payout = Price.ONE.times(Count.ofHundredths(Math.multiplyExact(whole, setsPaid)));
        return Optional.of(new ArbQuote(leg, List.copyOf(asks), count, cost, fees, payout));
    }
}
