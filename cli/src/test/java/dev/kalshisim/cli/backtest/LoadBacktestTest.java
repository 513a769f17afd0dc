package dev.kalshisim.cli.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.data.DataLocation;
import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordingReader;
import dev.kalshisim.data.replay.ReplayLog;
import dev.kalshisim.data.replay.ReplayLogBuilder;
import dev.kalshisim.data.replay.ReplayLogCache;
import dev.kalshisim.sim.backtest.Backtest;
import dev.kalshisim.sim.backtest.BacktestConfig;
import dev.kalshisim.sim.backtest.BacktestJournal;
import dev.kalshisim.sim.backtest.BacktestProgress;
import dev.kalshisim.sim.backtest.BacktestResult;
import dev.kalshisim.strategies.LoadKind;
import dev.kalshisim.strategies.LoadStats;
import dev.kalshisim.strategies.LoadStrategy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code load} strategy backtested on two minutes of the bundled {@code fed-decision} sample
 * (the window of README's example) at Kalshi's basic tier (read bucket 400 tokens refilled at 200 a
 * second, write bucket 100 refilled at 100; a book read costs 10 read tokens, a create 10 write
 * tokens per order, a cancel 2), with no latency. With pacing off a request the bucket cannot cover is answered 429, so 429s appear exactly
 * when the rate times the mix's cost passes the refill, and not below it; with pacing on the same
 * load waits instead. The strategy itself never holds a request back.
 */
class LoadBacktestTest {

    private static final long FROM = nanos("2026-03-18T14:00:01Z");
    private static final long SECONDS = 120;
    private static final long TO = FROM + SECONDS * 1_000_000_000L;

    private static ReplayLog log;
    private static Manifest manifest;

    @BeforeAll
    static void open() {
        Path dir = DataLocation.resolve("sample:fed-decision");
        log = ReplayLogCache.standard().open(dir, ReplayLogBuilder.Progress.NONE).log();
        manifest = RecordingReader.readManifest(dir);
    }

    private record Run(LoadStats stats, BacktestResult result) {

        /** The strategy's slots: it starts once the runner has read the account, a moment after the window opens. */
        long slots(long rate) {
            return result.run().elapsedNanos() * rate / 1_000_000_000L;
        }
    }

    private static Run run(boolean pacing, String... parameters) {
        StrategyParameters parsed = StrategyParameters.parse(List.of(parameters));
        LoadStrategy load = (LoadStrategy) LoadStrategy.descriptor().create(parsed);
        BacktestConfig config = BacktestConfig.defaults(log, load, LoadStrategy.NAME).withParameters(parsed)
                .withTier(Tier.BASIC).withPacing(pacing).withLatency(BacktestConfig.Latency.none())
                .withWindow(FROM, TO).withManifest(manifest);
        BacktestResult result = Backtest.run(config, BacktestJournal.NONE, BacktestProgress.NONE);
        return new Run(load.stats(), result);
    }

    @Test
    void theDefaultMixAtItsDefaultRateStaysInsideTheBasicTier() {
        // 10 requests a second of 4 reads, 2 creates, 1 batch of 4 and 6 cancels in 13: 30.8 read
        // tokens a second of 200, 55.4 write tokens of 100.
        Run run = run(false);

        assertThat(run.stats().issued()).isEqualTo(run.slots(10)).isGreaterThan(10 * (SECONDS - 1));
        assertThat(run.stats().rateLimited()).isZero();
        assertThat(run.result().rejections429()).isZero();
        for (LoadKind kind : LoadKind.values()) {
            assertThat(run.stats().of(kind).ok()).as(kind.toString()).isPositive();
            assertThat(run.stats().of(kind).rejected()).as(kind.toString()).isZero();
        }
        // Far from the touch and post-only: nothing traded.
        assertThat(run.result().fills()).isZero();
    }

    @Test
    void fourTimesTheRatePassesTheWriteRefillAndOnlyWritesDraw429s() {
        // 40 a second: 221.5 write tokens a second against 100, 123 read tokens against 200.
        Run run = run(false, "rate=40");

        LoadStats stats = run.stats();
        assertThat(stats.issued()).isEqualTo(run.slots(40));
        assertThat(stats.of(LoadKind.READ).rateLimited()).isZero();
        assertThat(stats.of(LoadKind.CREATE).rateLimited()).isPositive();
        // A batch of 4 needs 40 tokens at once, which a bucket drained by creates rarely holds; a
        // cancel needs only 2, which it nearly always does.
        assertThat(stats.of(LoadKind.BATCH).rateLimited()).isGreaterThan(9 * stats.of(LoadKind.BATCH).ok());
        assertThat(stats.of(LoadKind.CANCEL).rateLimited()).isZero();
        // Every 429 of the run was one of its requests; README quotes these figures.
        assertThat(run.result().rejections429()).isEqualTo(stats.rateLimited()).isEqualTo(1314);
        assertThat(stats.of(LoadKind.CREATE)).isEqualTo(new LoadStats.Counts(1946, 999, 947, 0));
    }

    @Test
    void readsPastTheReadRefillAreRefusedByTheShortfall() {
        // 25 reads a second cost 250 tokens against 200: over t seconds the bucket grants at most its
        // 400 plus 200 t tokens, 40 + 20 t reads of the 25 t sent. It stays drained, so it grants
        // nearly all of those; the runner's own account reads (at start, and the balance every 10 s)
        // take the few others.
        Run run = run(false, "rate=25", "reads=1", "creates=0", "batches=0", "cancels=0");

        LoadStats.Counts reads = run.stats().of(LoadKind.READ);
        long elapsed = run.result().run().elapsedNanos();
        long mostGranted = (400 + 200 * elapsed / 1_000_000_000L) / 10;
        assertThat(reads.issued()).isEqualTo(run.slots(25));
        assertThat(reads.ok()).isBetween(mostGranted - 20, mostGranted);
        assertThat(reads.rateLimited()).isEqualTo(reads.issued() - reads.ok()).isGreaterThan(500);

        // At 20 a second, exactly the refill, none is.
        assertThat(run(false, "rate=20", "reads=1", "creates=0", "batches=0", "cancels=0").stats().rateLimited())
                .isZero();
    }

    @Test
    void withPacingOnTheSameOverloadWaitsInsteadOf429s() {
        Run unpaced = run(false, "rate=40");
        Run paced = run(true, "rate=40");

        assertThat(paced.stats().rateLimited()).isZero();
        assertThat(paced.result().rejections429()).isZero();
        assertThat(paced.result().waitNanos()).isPositive();
        // Its creates wait in the runtime's queue, unanswered, so they fill the resting cap with
        // orders it cannot cancel yet: those slots are skipped, not held back by the strategy.
        LoadStats stats = paced.stats();
        assertThat(stats.issued() + stats.skipped()).isEqualTo(unpaced.stats().issued());
        assertThat(stats.skipped()).isPositive();
        assertThat(stats.missedSlots()).isZero();
    }

    private static long nanos(String instant) {
        Instant at = Instant.parse(instant);
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }
}
