package dev.kalshisim.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookUpdate;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.testkit.StrategyTestKit;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Most book updates do not move the fair value by the requote threshold; for those the market
 * maker must cost next to nothing, or a backtest could not replay a million events a second with it.
 */
class MarketMakerHotPathTest {

    private static final String T = "KXFED-26DEC-T4.25";

    @Test
    void aBookUpdateThatDoesNotMoveTheFairValueAllocatesNothing() {
        StrategyParameters parameters = StrategyParameters.parse(List.of("markets=" + T, "size=5"));
        Strategy strategy = MarketMaker.descriptor().create(parameters);
        StrategyTestKit kit = new StrategyTestKit(strategy, parameters).start();
        BookView book = new BookView(T,
                List.of(BookLevel.of(Price.ofCents(49), Count.ofContracts(40)), BookLevel.of(Price.ofCents(48), Count.ofContracts(90))),
                List.of(BookLevel.of(Price.ofCents(47), Count.ofContracts(35)), BookLevel.of(Price.ofCents(46), Count.ofContracts(80))));
        kit.book(book);
        int quoted = kit.commands().size();
        BookUpdate update = new BookUpdate(kit.clock().nowNanos(), book);
        for (int i = 0; i < 200_000; i++) { // warm up, so what is measured is the compiled code
            strategy.onBook(update);
        }

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 1_000_000; i++) {
            strategy.onBook(update);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(kit.commands()).hasSize(quoted);
        // A million updates; one small object each would be 16 MB. Allow the measuring itself.
        assertThat(allocated).isLessThan(64 * 1024);
    }
}
