package dev.kalshisim.bench;

import dev.kalshisim.core.strategy.StrategyCatalog;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.data.DataLocation;
import dev.kalshisim.data.replay.ReplayLog;
import dev.kalshisim.data.replay.ReplayLogBuilder;
import dev.kalshisim.data.replay.ReplayLogCache;
import dev.kalshisim.sim.backtest.Backtest;
import dev.kalshisim.sim.backtest.BacktestConfig;
import dev.kalshisim.sim.backtest.BacktestJournal;
import dev.kalshisim.sim.backtest.BacktestProgress;
import dev.kalshisim.sim.backtest.BacktestResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole backtest per op on a bundled sample (the largest, {@code cpi-brackets}, by default): the
 * {@code l2} fill model, the probabilistic queue model, 25 ms ± 10 ms latency on every channel, paced
 * requests, the basic tier. The {@code events} counter JMH prints beside the score is market events
 * replayed per second (a snapshot counts once), the figure the targets are stated in.
 *
 * <p>{@code -p strategy=market-maker} measures the reference market maker instead of {@code noop}.
 * A run writes nothing: the journal is {@link BacktestJournal#NONE}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class BacktestBenchmark {

    @State(Scope.Benchmark)
    public static class Data {
        @Param("sample:cpi-brackets")
        public String recording;
        @Param("noop")
        public String strategy;

        ReplayLog log;

        @Setup
        public void setUp() {
            log = ReplayLogCache.standard().open(DataLocation.resolve(recording), ReplayLogBuilder.Progress.NONE).log();
        }
    }

    /** Market events replayed, for JMH to divide by the iteration's time. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Replayed {
        public long events;

        @Setup(Level.Iteration)
        public void clear() {
            events = 0;
        }
    }

    @Benchmark
    public BacktestResult backtest(Data data, Replayed replayed) {
        StrategyParameters parameters = StrategyParameters.parse(List.of());
        BacktestConfig config = BacktestConfig.defaults(data.log,
                StrategyCatalog.load().create(data.strategy, parameters), data.strategy).withParameters(parameters);
        BacktestResult result = Backtest.run(config, BacktestJournal.NONE, BacktestProgress.NONE);
        replayed.events += result.events();
        return result;
    }
}
