package dev.kalshisim.bench;

import dev.kalshisim.core.limits.ConsumptionProbe;
import dev.kalshisim.core.limits.TokenBucket;
import dev.kalshisim.core.time.WallClock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link TokenBucket#tryConsume}, which the simulator calls on every signed request, on the wall
 * clock the server uses (so each call reads {@code System.nanoTime()}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokenBucketBenchmark {

    /**
     * A bucket that always grants: the largest capacity, refilled far faster than any thread can
     * drain it, so every call takes the consumed path.
     */
    static TokenBucket granting() {
        return new TokenBucket(WallClock.instance(), TokenBucket.MAX_CAPACITY_TOKENS, 1_000_000_000_000L);
    }

    /** One bucket per thread: no lock contention. */
    @State(Scope.Thread)
    public static class Own {
        TokenBucket bucket;
        TokenBucket empty;

        @Setup
        public void setUp() {
            bucket = granting();
            // Spent at once and refilled at 1 token/s: a cost of 10 is granted at most once in 10 s.
            empty = new TokenBucket(WallClock.instance(), 10, 1);
            empty.tryConsume(10);
        }
    }

    /** One bucket both threads hit, as two requests of one member do in the server. */
    @State(Scope.Benchmark)
    public static class Shared {
        TokenBucket bucket;

        @Setup
        public void setUp() {
            bucket = granting();
        }
    }

    @Benchmark
    @Threads(1)
    public ConsumptionProbe granted(Own s) {
        return s.bucket.tryConsume(1);
    }

    /** The 429 path: a create's 10 tokens refused, with the exact wait computed. */
    @Benchmark
    @Threads(1)
    public ConsumptionProbe refused(Own s) {
        return s.empty.tryConsume(10);
    }

    /** Two threads on one bucket; the figure is the sum of both threads' calls. */
    @Benchmark
    @Threads(2)
    public ConsumptionProbe grantedContended(Shared s) {
        return s.bucket.tryConsume(1);
    }
}
