package dev.kalshisim.bench;

import dev.kalshisim.data.DataLocation;
import dev.kalshisim.data.event.MarketEvent;
import dev.kalshisim.data.normalize.MessageNormalizer;
import dev.kalshisim.data.recording.RecordingReader;
import dev.kalshisim.data.replay.ReplayCursor;
import dev.kalshisim.data.replay.ReplayEventReader;
import dev.kalshisim.data.replay.ReplayKind;
import dev.kalshisim.data.replay.ReplayLog;
import dev.kalshisim.data.replay.ReplayLogBuilder;
import dev.kalshisim.data.replay.ReplayLogCache;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a recording's market events, one thread: (a) {@link #rawSegments} from the gzip JSON
 * segments through {@link RecordingReader} and {@link MessageNormalizer}, the way a replay log is
 * built; (b) {@link #binaryLog} from the replay log through {@link ReplayCursor}, the way a
 * backtest reads, touching every field a book replay needs (kind, market, side, price, quantity,
 * receive time); and {@link #binaryLogAsEvents}, the same log decoded into event objects. One op is a batch; the {@code events} counter JMH prints beside it is market
 * events per second (a snapshot counts once), and {@code records} the log's fixed-width records.
 *
 * <p>The recording is {@link ReplayBenchRecording}'s, {@code messages} long, written once under
 * {@code dataDir} and reused by every fork; its replay log is cached beside it by
 * {@link ReplayLogCache}. Pass {@code -p recording=DIR} or {@code -p recording=sample:NAME} to read
 * another recording instead.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ReplayLogBenchmark {

    /** Records per {@link #binaryLog} op. */
    static final int LOG_BATCH = 1 << 16;
    /** Messages per {@link #rawSegments} op. */
    static final int RAW_BATCH = 1 << 12;

    @State(Scope.Benchmark)
    public static class Data {
        /** Messages in the synthetic recording; all but one yield one event each. */
        @Param("2200000")
        public int messages;
        /** A recording folder or {@code sample:NAME} to read instead of the synthetic one, or {@code synthetic}. */
        @Param("synthetic")
        public String recording;
        @Param("")
        public String dataDir;

        Path dir;
        ReplayLog log;

        @Setup
        public void setUp() {
            if ("synthetic".equals(recording)) {
                Path root = dataDir.isEmpty() ? Path.of(System.getProperty("java.io.tmpdir"), "kalshi-sim-bench")
                        : Path.of(dataDir);
                dir = ReplayBenchRecording.ensure(root.resolve("replay-" + messages), messages, 20_261_207L);
            } else {
                dir = DataLocation.resolve(recording); // a folder, or sample:NAME generated on first use
            }
            long start = System.nanoTime();
            ReplayLogCache.CachedLog cached = ReplayLogCache.standard().open(dir, ReplayLogBuilder.Progress.NONE);
            long millis = (System.nanoTime() - start) / 1_000_000;
            log = cached.log();
            System.out.println();
            System.out.println("# replay log " + log.file() + " (" + cached.outcome() + " in " + millis + " ms): "
                    + log.header().messageCount() + " messages, " + log.eventCount() + " events, "
                    + log.recordCount() + " records, " + log.marketCount() + " markets");
        }
    }

    /** What each op counted; JMH reports these per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long events;
        public long records;

        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
            records = 0;
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        ReplayCursor cursor;

        @Setup
        public void setUp(Data data) {
            cursor = data.log.cursor();
        }
    }

    @State(Scope.Thread)
    public static class Raw {
        Path dir;
        RecordingReader reader;
        final MessageNormalizer normalizer = new MessageNormalizer();

        @Setup
        public void setUp(Data data) {
            dir = data.dir;
            reader = RecordingReader.open(dir);
        }

        RecordingReader reader() {
            if (!reader.hasNext()) {
                reader.close();
                reader = RecordingReader.open(dir);
            }
            return reader;
        }

        @TearDown
        public void close() {
            reader.close();
        }
    }

    /** (b) {@value #LOG_BATCH} records from the mapped log, from the start again at its end. */
    @Benchmark
    public long binaryLog(Cursor state, Counters counters) {
        ReplayCursor cursor = state.cursor;
        long sum = 0;
        long events = 0;
        for (int i = 0; i < LOG_BATCH; i++) {
            if (!cursor.next()) {
                cursor.seek(0);
                cursor.next();
            }
            int kind = cursor.kind();
            // What a book replay reads of every record; summed so the JIT cannot drop a field.
            sum += kind + cursor.marketIndex() + cursor.side() + cursor.priceUnits() + cursor.quantity()
                    + cursor.recvNanos();
            if (kind != ReplayKind.SNAPSHOT_LEVEL && kind != ReplayKind.SNAPSHOT_END) {
                events++;
            }
        }
        counters.records += LOG_BATCH;
        counters.events += events;
        return sum;
    }

    @State(Scope.Thread)
    public static class Decoded {
        ReplayLog log;
        ReplayEventReader events;

        @Setup
        public void setUp(Data data) {
            log = data.log;
            events = log.events();
        }

        MarketEvent next() {
            if (!events.hasNext()) {
                events = log.events();
            }
            return events.next();
        }
    }

    /**
     * (b') {@value #RAW_BATCH} events from the mapped log decoded back into {@link MarketEvent}
     * objects: what a reader that wants the event records pays over the cursor.
     */
    @Benchmark
    public long binaryLogAsEvents(Decoded state, Counters counters) {
        long sum = 0;
        for (int i = 0; i < RAW_BATCH; i++) {
            sum += state.next().recvNanos();
        }
        counters.events += RAW_BATCH;
        return sum;
    }

    /** (a) {@value #RAW_BATCH} messages read from the gzip segments and normalized into events. */
    @Benchmark
    public long rawSegments(Raw state, Counters counters) {
        long sum = 0;
        long events = 0;
        for (int i = 0; i < RAW_BATCH; i++) {
            List<MarketEvent> normalized = state.normalizer.normalize(state.reader().next());
            for (MarketEvent event : normalized) {
                sum += event.recvNanos();
            }
            events += normalized.size();
        }
        counters.events += events;
        return sum;
    }
}
