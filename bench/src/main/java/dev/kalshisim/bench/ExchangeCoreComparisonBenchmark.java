package dev.kalshisim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine against exchange-core's order book on one seeded command stream ({@link MixStream}:
 * 13% GTC, 2% IOC, 7% cancel, 71% move, 7% reduce, about 1,000 resting orders), in one JMH run, one
 * JVM fork, one thread. One invocation replays the whole timed stream on a book freshly built from
 * the stream's prefill (setup, untimed), so every invocation does identical work; the score is
 * commands per second.
 *
 * <p>Ours is measured twice: {@code coreBook} is the engine's price-time book alone (the levels,
 * queues and match loop its {@code OrderBook} runs on, plus a by-id index, as exchange-core's book
 * has), and {@code engineFull} the whole engine through the {@code Exchange} facade.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ExchangeCoreComparisonBenchmark {

    /** exchange-core's fast book (OrderBookDirectImpl): adaptive radix trees, pooled orders. */
    @Benchmark
    @OperationsPerInvocation(MixStream.COMMANDS)
    public long exchangeCoreDirect(DirectBook s, Outcome outcome, CpuTime cpu) {
        long start = cpu.start();
        long events = s.driver.runTimed();
        cpu.stop(start);
        outcome.events += events;
        return events;
    }

    /** exchange-core's simple book (OrderBookNaiveImpl): a tree map of price buckets. */
    @Benchmark
    @OperationsPerInvocation(MixStream.COMMANDS)
    public long exchangeCoreNaive(NaiveBook s, Outcome outcome, CpuTime cpu) {
        long start = cpu.start();
        long events = s.driver.runTimed();
        cpu.stop(start);
        outcome.events += events;
        return events;
    }

    /** The engine's price-time book alone: no money, records or events. */
    @Benchmark
    @OperationsPerInvocation(MixStream.COMMANDS)
    public long coreBook(CoreBook s, Outcome outcome, CpuTime cpu) {
        long start = cpu.start();
        long fills = s.driver.runTimed();
        cpu.stop(start);
        outcome.fills += fills;
        return fills;
    }

    /** The whole engine: lock, matching, fees, collateral, positions, records, events. */
    @Benchmark
    @OperationsPerInvocation(MixStream.COMMANDS)
    public long engineFull(Engine s, Outcome outcome, CpuTime cpu) {
        long start = cpu.start();
        long fills = s.driver.runTimed();
        cpu.stop(start);
        outcome.fills += fills;
        return fills;
    }

    /** Trade and reduce events (exchange-core) or fills (ours) per second, next to the command rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Outcome {
        public long events;
        public long fills;

        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
            fills = 0;
        }
    }

    /**
     * The benchmark thread's CPU time over the timed replays and the commands they ran, summed per
     * iteration: commands / cpuNanos is the rate per CPU-second, which other processes on a shared
     * machine disturb far less than the wall-clock score (they take the core away, which wall time
     * counts and CPU time does not; caches and memory bandwidth they still share).
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public long cpuNanos;
        public long commands;

        @Setup(Level.Iteration)
        public void reset() {
            cpuNanos = 0;
            commands = 0;
        }

        long start() {
            return THREADS.getCurrentThreadCpuTime();
        }

        void stop(long start) {
            cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
            commands += MixStream.COMMANDS;
        }
    }

    /** Fails the run when a driver saw a refusal: the stream names only resting orders. */
    static void requireNoRefusals(long refused, String what) {
        if (refused != 0) {
            throw new IllegalStateException(what + " refused " + refused
                    + " commands of the stream, so the figure would measure another path");
        }
    }

    @State(Scope.Thread)
    public static class DirectBook {
        final MixStream stream = MixStream.standard();
        ExchangeCoreDriver driver;

        @Setup(Level.Invocation)
        public void setUp() {
            driver = new ExchangeCoreDriver(ExchangeCoreDriver.Impl.DIRECT, stream);
        }

        @TearDown(Level.Invocation)
        public void check() {
            requireNoRefusals(driver.refused, "exchange-core direct");
        }
    }

    @State(Scope.Thread)
    public static class NaiveBook {
        final MixStream stream = MixStream.standard();
        ExchangeCoreDriver driver;

        @Setup(Level.Invocation)
        public void setUp() {
            driver = new ExchangeCoreDriver(ExchangeCoreDriver.Impl.NAIVE, stream);
        }

        @TearDown(Level.Invocation)
        public void check() {
            requireNoRefusals(driver.refused, "exchange-core naive");
        }
    }

    @State(Scope.Thread)
    public static class CoreBook {
        final MixStream stream = MixStream.standard();
        CoreBookDriver driver;

        @Setup(Level.Invocation)
        public void setUp() {
            driver = new CoreBookDriver(stream);
        }

        @TearDown(Level.Invocation)
        public void check() {
            requireNoRefusals(driver.refused, "the engine's book");
        }
    }

    @State(Scope.Thread)
    public static class Engine {
        EngineDriver.Commands commands;
        EngineDriver driver;

        @Setup(Level.Trial)
        public void translate() {
            commands = new EngineDriver.Commands(MixStream.standard());
        }

        @Setup(Level.Invocation)
        public void setUp() {
            driver = new EngineDriver(commands);
        }

        @TearDown(Level.Invocation)
        public void check() {
            requireNoRefusals(driver.refused, "the engine");
        }

        /** Once an iteration, the engine's own books-and-ledger check on the last replay. */
        @TearDown(Level.Iteration)
        public void sound() {
            driver.fixture.assertSound();
        }
    }
}
