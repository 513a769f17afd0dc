package dev.kalshisim.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.core.model.OrderbookLevel;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.book.pricetime.Level;
import exchange.core2.core.common.OrderAction;
import exchange.core2.core.orderbook.IOrderBook;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The comparison is only fair if the stream has the promised mix and both engines do the same
 * matching on it: same refusals (none), same resting book at the end, level by level. No timing.
 */
class ExchangeCoreComparisonTest {

    /** A shorter stream than the benchmark's, with the same generator and prefill. */
    private static final MixStream STREAM = MixStream.generate(MixStream.SEED, MixStream.PREFILL, 30_000);

    @Test
    void theStreamHasTheIssuesMixAndAboutAThousandRestingOrders() {
        double timed = STREAM.length() - STREAM.prefill;
        assertThat(STREAM.count(MixStream.GTC) / timed).isCloseTo(0.13, within(0.01));
        assertThat(STREAM.count(MixStream.IOC) / timed).isCloseTo(0.02, within(0.005));
        assertThat(STREAM.count(MixStream.CANCEL) / timed).isCloseTo(0.07, within(0.01));
        assertThat(STREAM.count(MixStream.MOVE) / timed).isCloseTo(0.71, within(0.01));
        assertThat(STREAM.count(MixStream.REDUCE) / timed).isCloseTo(0.07, within(0.01));
        assertThat(STREAM.meanResting).isBetween(900.0, 1_100.0);
        assertThat(STREAM.tradingCommands / timed).isBetween(0.02, 0.15);
    }

    @Test
    void theSameSeedGivesTheSameStream() {
        MixStream again = MixStream.generate(MixStream.SEED, MixStream.PREFILL, 30_000);
        assertThat(again.type).isEqualTo(STREAM.type);
        assertThat(again.priceCents).isEqualTo(STREAM.priceCents);
        assertThat(again.size).isEqualTo(STREAM.size);
        assertThat(again.order).isEqualTo(STREAM.order);
    }

    @Test
    void bothEnginesRefuseNothingAndEndWithTheSameBook() {
        ExchangeCoreDriver direct = new ExchangeCoreDriver(ExchangeCoreDriver.Impl.DIRECT, STREAM);
        ExchangeCoreDriver naive = new ExchangeCoreDriver(ExchangeCoreDriver.Impl.NAIVE, STREAM);
        EngineDriver engine = new EngineDriver(new EngineDriver.Commands(STREAM));
        CoreBookDriver core = new CoreBookDriver(STREAM);
        long directEvents = direct.runTimed();
        naive.runTimed();
        long fills = engine.runTimed();
        long coreFills = core.runTimed();

        assertThat(direct.refused).isZero();
        assertThat(naive.refused).isZero();
        assertThat(engine.refused).isZero();
        assertThat(core.refused).isZero();
        assertThat(fills).isPositive();
        // The engine's book alone makes the same fills as the engine it serves.
        assertThat(coreFills).isEqualTo(fills);
        assertThat(directEvents).isPositive();
        engine.fixture.assertSound();

        TreeMap<Long, Long> directBids = levels(direct.book(), OrderAction.BID);
        TreeMap<Long, Long> directAsks = levels(direct.book(), OrderAction.ASK);
        assertThat(directBids).isNotEmpty();
        assertThat(levels(naive.book(), OrderAction.BID)).isEqualTo(directBids);
        assertThat(levels(naive.book(), OrderAction.ASK)).isEqualTo(directAsks);
        Orderbook ours = engine.exchange.orderbook(EngineFixture.TICKER, 0).orElseThrow();
        assertThat(engineLevels(ours.yesDollars(), false)).isEqualTo(directBids);
        assertThat(engineLevels(ours.noDollars(), true)).isEqualTo(directAsks);
        assertThat(coreLevels(core, OutcomeSide.YES)).isEqualTo(directBids);
        assertThat(coreLevels(core, OutcomeSide.NO)).isEqualTo(directAsks);
        assertThat(direct.book().getOrdersNum(OrderAction.BID) + direct.book().getOrdersNum(OrderAction.ASK))
                .isBetween(500, 1_500);
    }

    @Test
    void eachBenchmarkRunsOneInvocationOfTheFullStreamAndPassesItsChecks() {
        ExchangeCoreComparisonBenchmark bench = new ExchangeCoreComparisonBenchmark();
        ExchangeCoreComparisonBenchmark.Outcome outcome = new ExchangeCoreComparisonBenchmark.Outcome();
        outcome.reset();
        ExchangeCoreComparisonBenchmark.CpuTime cpu = new ExchangeCoreComparisonBenchmark.CpuTime();
        cpu.reset();
        ExchangeCoreComparisonBenchmark.DirectBook direct = new ExchangeCoreComparisonBenchmark.DirectBook();
        direct.setUp();
        long directEvents = bench.exchangeCoreDirect(direct, outcome, cpu);
        assertThat(directEvents).isPositive();
        direct.check();
        ExchangeCoreComparisonBenchmark.NaiveBook naive = new ExchangeCoreComparisonBenchmark.NaiveBook();
        naive.setUp();
        long naiveEvents = bench.exchangeCoreNaive(naive, outcome, cpu);
        naive.check();
        ExchangeCoreComparisonBenchmark.CoreBook core = new ExchangeCoreComparisonBenchmark.CoreBook();
        core.setUp();
        long coreFills = bench.coreBook(core, outcome, cpu);
        assertThat(coreFills).isPositive();
        core.check();
        ExchangeCoreComparisonBenchmark.Engine engine = new ExchangeCoreComparisonBenchmark.Engine();
        engine.translate();
        engine.setUp();
        assertThat(bench.engineFull(engine, outcome, cpu)).isPositive();
        engine.check();
        engine.sound();
        // Both exchange-core books produced the same trades and reductions.
        assertThat(naiveEvents).isEqualTo(directEvents);
        assertThat(outcome.events).isEqualTo(directEvents + naiveEvents);
        assertThat(outcome.fills).isEqualTo(2 * coreFills);
        assertThat(cpu.commands).isEqualTo(4L * MixStream.COMMANDS);
        assertThat(cpu.cpuNanos).isPositive();
    }

    @Test
    void aRefusalFailsTheRun() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ExchangeCoreComparisonBenchmark.requireNoRefusals(1, "x")).hasMessageContaining("refused 1");
    }

    /** exchange-core's resting contracts per price in cents. */
    private static TreeMap<Long, Long> levels(IOrderBook book, OrderAction action) {
        TreeMap<Long, Long> levels = new TreeMap<>();
        var orders = action == OrderAction.BID ? book.bidOrdersStream(false) : book.askOrdersStream(false);
        orders.forEach(o -> levels.merge(o.getPrice(), o.getSize() - o.getFilled(), Long::sum));
        return levels;
    }

    /** The engine's book alone, read the same way: YES bids, and NO bids as asks at 100 - q cents. */
    private static TreeMap<Long, Long> coreLevels(CoreBookDriver core, OutcomeSide side) {
        TreeMap<Long, Long> levels = new TreeMap<>();
        long cent = Price.SCALE / 100;
        for (Level<Void> level : core.book.book().ladder(side).bestFirst()) {
            long cents = level.priceUnits() / cent;
            levels.merge(side == OutcomeSide.NO ? 100 - cents : cents, level.totalCount() / 100, Long::sum);
        }
        return levels;
    }

    /** The engine's levels as YES cents and contracts; NO bids at q are asks at 100 - q cents. */
    private static TreeMap<Long, Long> engineLevels(List<OrderbookLevel> side, boolean noLeg) {
        TreeMap<Long, Long> levels = new TreeMap<>();
        long cent = Price.SCALE / 100;
        for (OrderbookLevel level : side) {
            long cents = level.price().units() / cent;
            levels.merge(noLeg ? 100 - cents : cents, level.count().hundredths() / 100, Long::sum);
        }
        return levels;
    }
}
