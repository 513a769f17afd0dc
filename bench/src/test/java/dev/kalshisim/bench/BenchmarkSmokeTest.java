package dev.kalshisim.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.limits.ConsumptionProbe;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.sim.engine.query.TradeQuery;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Runs each benchmark's setup, a few invocations and its teardown checks, so a broken benchmark
 * fails {@code mvn verify} instead of a JMH run; no timing is measured or asserted here. The REST
 * latency harness, which starts a simulator, is {@link RestLatencyIT}.
 */
class BenchmarkSmokeTest {

    /** JMH insists callers acknowledge that a hand-made Blackhole is outside its harness. */
    private static final Blackhole BLACKHOLE = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    private final EngineBenchmark engine = new EngineBenchmark();

    @Test
    void restingPlaceCancelKeepsTheBookAtItsDepth() {
        EngineBenchmark.Resting state = new EngineBenchmark.Resting();
        state.depth = 5;
        state.setUp();
        for (int i = 0; i < 200; i++) {
            engine.restingPlaceCancel(state, BLACKHOLE);
        }
        Orderbook book = state.exchange.orderbook(EngineFixture.TICKER, 0).orElseThrow();
        // Five orders at five distinct prices: the ring neither leaks nor drains.
        assertThat(book.yesDollars().size() + book.noDollars().size()).isEqualTo(5);
        state.check();
    }

    @Test
    void crossingTakeRefillFillsOnceAndRestoresTheBook() {
        for (int makers : new int[] {1, 7}) {
            EngineBenchmark.Crossing state = new EngineBenchmark.Crossing();
            state.depth = 20;
            state.makers = makers;
            state.setUp();
            Orderbook before = state.exchange.orderbook(EngineFixture.TICKER, 0).orElseThrow();
            List<Money> restingBefore = restingValues(state, makers);
            for (int i = 0; i < 200; i++) {
                engine.crossingTakeRefill(state, BLACKHOLE);
            }
            state.check();
            assertThat(state.exchange.trades(TradeQuery.all())).hasSize(200);
            assertThat(state.exchange.orderbook(EngineFixture.TICKER, 0).orElseThrow()).isEqualTo(before);
            // The maker whose ask filled is the one that refilled: each maker's resting orders are as before.
            assertThat(restingValues(state, makers)).isEqualTo(restingBefore);
        }
    }

    private static List<Money> restingValues(EngineBenchmark.Crossing state, int makers) {
        List<Money> values = new ArrayList<>();
        for (int i = 0; i < makers; i++) {
            values.add(state.exchange.restingOrderValue(EngineBenchmark.MAKER + "-" + i));
        }
        return values;
    }

    @Test
    void mixedWorkloadPlacesCancelsAmendsAndTrades() {
        EngineBenchmark.Mixed state = new EngineBenchmark.Mixed();
        EngineBenchmark.MixedCounters counters = new EngineBenchmark.MixedCounters();
        state.setUp();
        counters.reset();
        for (int i = 0; i < 5_000; i++) {
            engine.mixedWorkload(state, counters, BLACKHOLE);
        }
        state.check();
        assertThat(counters.fills).isPositive();
        assertThat(state.live).allSatisfy(ids -> assertThat(ids).hasSizeLessThanOrEqualTo(
                EngineBenchmark.Mixed.MAX_LIVE_PER_MEMBER));
    }

    @Test
    void benchmarkThatLeavesItsPathFailsItsCheck() {
        EngineBenchmark.Resting state = new EngineBenchmark.Resting();
        state.depth = 1;
        state.setUp();
        state.unexpected = 1;
        assertThatThrownBy(state::check).hasMessageContaining("restingPlaceCancel");
    }

    @Test
    void tokenBucketGrantsAndRefuses() {
        TokenBucketBenchmark bench = new TokenBucketBenchmark();
        TokenBucketBenchmark.Own own = new TokenBucketBenchmark.Own();
        own.setUp();
        TokenBucketBenchmark.Shared shared = new TokenBucketBenchmark.Shared();
        shared.setUp();
        assertThat(bench.granted(own).outcome()).isEqualTo(ConsumptionProbe.Outcome.CONSUMED);
        assertThat(bench.refused(own).outcome()).isEqualTo(ConsumptionProbe.Outcome.REJECTED);
        assertThat(bench.grantedContended(shared).outcome()).isEqualTo(ConsumptionProbe.Outcome.CONSUMED);
    }

    @Test
    void jsonRoundTripsTheSamples() throws Exception {
        JsonBenchmark bench = new JsonBenchmark();
        JsonBenchmark.Samples samples = new JsonBenchmark.Samples();
        samples.setUp();
        assertThat(samples.order.fillCountFp().isPositive()).isTrue();
        assertThat(samples.order.remainingCountFp().isPositive()).isTrue();
        assertThat(samples.market.lastPriceDollars()).isNotNull();
        assertThat(bench.readOrder(samples)).isEqualTo(samples.order);
        assertThat(bench.readMarket(samples)).isEqualTo(samples.market);
        assertThat(bench.writeOrder(samples)).isEqualTo(samples.orderJson);
        assertThat(bench.writeMarket(samples)).isEqualTo(samples.marketJson);
    }

    @Test
    void rsaPssSignsAndVerifies() throws Exception {
        RsaPssBenchmark bench = new RsaPssBenchmark();
        RsaPssBenchmark.Keys keys = new RsaPssBenchmark.Keys();
        keys.setUp();
        assertThat(bench.sign(keys)).isNotEmpty();
        assertThat(bench.verify(keys)).isTrue();
    }

    @Test
    void replayLogBenchmarksReadTheSameEventsBothWays(@TempDir Path temp) {
        ReplayLogBenchmark bench = new ReplayLogBenchmark();
        ReplayLogBenchmark.Data data = new ReplayLogBenchmark.Data();
        data.messages = 3_000;
        data.recording = "synthetic";
        data.dataDir = temp.toString();
        data.setUp();
        // Every synthetic message but the subscription ack normalizes to one event.
        assertThat(data.log.eventCount()).isEqualTo(data.messages - 1);
        assertThat(data.log.recordCount()).isGreaterThan(data.log.eventCount());
        assertThat(data.log.marketCount()).isEqualTo(ReplayBenchRecording.MARKETS);

        ReplayLogBenchmark.Counters counters = new ReplayLogBenchmark.Counters();
        counters.reset();
        ReplayLogBenchmark.Cursor cursor = new ReplayLogBenchmark.Cursor();
        cursor.setUp(data);
        // One batch wraps the small log many times; the events it counts are the log's, per pass.
        bench.binaryLog(cursor, counters);
        long passes = ReplayLogBenchmark.LOG_BATCH / data.log.recordCount();
        assertThat(counters.records).isEqualTo(ReplayLogBenchmark.LOG_BATCH);
        assertThat(counters.events).isBetween(passes * data.log.eventCount(), (passes + 1) * data.log.eventCount());

        ReplayLogBenchmark.Raw raw = new ReplayLogBenchmark.Raw();
        raw.setUp(data);
        counters.reset();
        bench.rawSegments(raw, counters); // 4,096 messages: past the end and round again
        assertThat(counters.events).isEqualTo(ReplayLogBenchmark.RAW_BATCH - 2);
        raw.close();

        ReplayLogBenchmark.Decoded decoded = new ReplayLogBenchmark.Decoded();
        decoded.setUp(data);
        counters.reset();
        assertThat(bench.binaryLogAsEvents(decoded, counters)).isNotZero();
        assertThat(counters.events).isEqualTo(ReplayLogBenchmark.RAW_BATCH);

        // A second set-up finds the recording and its log as they were.
        ReplayLogBenchmark.Data again = new ReplayLogBenchmark.Data();
        again.messages = 3_000;
        again.recording = "synthetic";
        again.dataDir = temp.toString();
        again.setUp();
        assertThat(again.log.header()).isEqualTo(data.log.header());
    }

    @Test
    void restLatencyOptionsParse() {
        RestLatency.Options options = RestLatency.Options.parse("--seconds", "7", "--warmup-seconds", "0",
                "--tier", "premier", "--unlimited", "--request", "status");
        assertThat(options.measured()).isEqualTo(Duration.ofSeconds(7));
        assertThat(options.warmup()).isEqualTo(Duration.ZERO);
        assertThat(options.tier()).isEqualTo(Tier.PREMIER);
        assertThat(options.unlimited()).isTrue();
        assertThat(options.request()).isEqualTo(RestLatency.RequestKind.STATUS);
        assertThat(RestLatency.Options.parse().request()).isEqualTo(RestLatency.RequestKind.ORDERS);
        assertThatThrownBy(() -> RestLatency.Options.parse("--seconds", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RestLatency.Options.parse("--bogus")).hasMessageContaining("--bogus");
    }
}
