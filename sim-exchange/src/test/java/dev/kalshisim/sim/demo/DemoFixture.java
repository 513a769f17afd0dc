package dev.kalshisim.sim.demo;

import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.core.model.OrderbookLevel;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.sim.engine.MatchingExchange;
import dev.kalshisim.sim.engine.query.TradeQuery;
import java.util.List;

/** A fresh engine on a virtual clock with the demo catalog installed, and book readings for tests. */
final class DemoFixture {

    /** 2026-09-01T12:00:00Z. */
    static final long START_MILLIS = 1_788_264_000_000L;

    final VirtualClock clock = VirtualClock.atMillis(START_MILLIS);
    final MatchingExchange exchange = new MatchingExchange(clock);
    final DemoInstallation demo;

    DemoFixture(SyntheticFlowConfig config) {
        this.demo = DemoCatalog.install(exchange, clock, config);
    }

    DemoFixture(long seed) {
        this(SyntheticFlowConfig.defaults(seed));
    }

    void advanceSeconds(long seconds) {
        clock.advanceByMillis(seconds * 1_000);
    }

    List<Trade> trades() {
        return exchange.trades(TradeQuery.all());
    }

    List<Trade> trades(String ticker) {
        return exchange.trades(TradeQuery.forTicker(ticker));
    }

    Orderbook book(String ticker) {
        return exchange.orderbook(ticker, 0).orElseThrow();
    }

    /** Whether the book has at least one bid and one ask. */
    boolean twoSided(String ticker) {
        Orderbook book = book(ticker);
        return !book.yesDollars().isEmpty() && !book.noDollars().isEmpty();
    }

    /** The best YES bid in $0.0001. */
    long bestBidUnits(String ticker) {
        return last(book(ticker).yesDollars()).price().units();
    }

    /** The best YES ask in $0.0001: $1 minus the best NO bid. */
    long bestAskUnits(String ticker) {
        return Price.SCALE - last(book(ticker).noDollars()).price().units();
    }

    /** The midpoint of the best bid and ask in $0.0001, rounded down. */
    long midUnits(String ticker) {
        return (bestBidUnits(ticker) + bestAskUnits(ticker)) / 2;
    }

    private static OrderbookLevel last(List<OrderbookLevel> levels) {
        return levels.get(levels.size() - 1);
    }
}
