package dev.kalshisim.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookUpdate;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.core.strategy.SubscribeMarkets;
import dev.kalshisim.core.strategy.TradeEvent;
import dev.kalshisim.testkit.StrategyTestKit;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoopStrategyTest {

    private static Strategy noop(StrategyParameters parameters) {
        return NoopStrategy.descriptor().create(parameters);
    }

    @Test
    void itSubscribesToTheNamedMarketsAndSendsNothingElse() {
        StrategyParameters parameters = StrategyParameters.parse(List.of("markets=A-1,B-2"));
        StrategyTestKit kit = new StrategyTestKit(noop(parameters), parameters).offering("C-3").start();

        kit.quote("A-1", Price.ofCents(40), Price.ofCents(42), Count.ofContracts(5));
        kit.trade("A-1", Price.ofCents(41), Count.ofContracts(1), BookSide.BID);
        kit.advanceBy(60_000_000_000L);
        kit.stop();

        assertThat(kit.commands()).singleElement().isInstanceOfSatisfying(SubscribeMarkets.class,
                subscribe -> assertThat(subscribe.tickers()).containsExactly("A-1", "B-2"));
    }

    @Test
    void byDefaultItSubscribesToEveryMarketTheRunOffers() {
        StrategyTestKit kit = new StrategyTestKit(noop(StrategyParameters.empty())).offering("A-1", "B-2", "C-3").start();

        assertThat(kit.commands()).singleElement().isInstanceOfSatisfying(SubscribeMarkets.class,
                subscribe -> assertThat(subscribe.tickers()).containsExactly("A-1", "B-2", "C-3"));
    }

    @Test
    void itAllocatesNothingPerEvent() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Strategy strategy = noop(StrategyParameters.empty());
        BookUpdate book = new BookUpdate(1L, new BookView("A-1", List.of(BookLevel.of(Price.ofCents(40), Count.ofContracts(5))),
                List.of()));
        TradeEvent trade = new TradeEvent(1L, "t-1", "A-1", Price.ofCents(40), Count.ofContracts(1), BookSide.BID);
        for (int i = 0; i < 100_000; i++) { // warm up, so what is measured is the compiled code
            strategy.onBook(book);
            strategy.onTrade(trade);
        }

        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 1_000_000; i++) {
            strategy.onBook(book);
            strategy.onTrade(trade);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        // Two million events; a single allocation each would be 32 MB. Allow the measuring itself.
        assertThat(allocated).isLessThan(64 * 1024);
    }
}
