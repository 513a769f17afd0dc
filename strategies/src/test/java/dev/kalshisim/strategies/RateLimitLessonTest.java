package dev.kalshisim.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.sim.backtest.Backtest;
import dev.kalshisim.sim.backtest.BacktestConfig;
import dev.kalshisim.sim.backtest.BacktestEntry;
import dev.kalshisim.sim.backtest.BacktestProgress;
import dev.kalshisim.sim.backtest.BacktestResult;
import dev.kalshisim.sim.replay.playback.PlaybackSource;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rate-limit lesson, on the bundled {@code fed-decision} sample at Kalshi's basic tier: the
 * poller and the streamer make the same decisions by the same rule, inside the same write budget,
 * and differ only in how they learn the books.
 *
 * <ul>
 *   <li>Unthrottled ({@code --pacing off}), the poller's reads fit the read bucket (200 tokens a
 *       second) while the markets are quiet, and stop fitting as activity rises before the 18:00
 *       statement: more markets move at once, each read every 200 ms. Its 429s come in the hour
 *       before the announcement, and so do its refused reads of markets where it has a quote out,
 *       the moments it cannot see that a quote went stale and so cannot cancel it.</li>
 *   <li>The streamer, reading the stream, draws no 429 at all.</li>
 *   <li>Paced, the poller draws none either, but its reads wait instead, longer as activity rises.</li>
 * </ul>
 *
 * <p>The window is 16:00 to 18:10: a quiet hour, the hour of the surge, and the statement.
 */
class RateLimitLessonTest {

    private static final String SAMPLE = "sample:fed-decision";
    private static final long QUIET_FROM = instant("2026-03-18T16:00:00Z");
    private static final long SURGE_FROM = instant("2026-03-18T17:00:00Z");
    private static final long STATEMENT = instant("2026-03-18T18:00:00Z");
    private static final long WINDOW_END = instant("2026-03-18T18:10:00Z");

    private static PlaybackSource source;

    @BeforeAll
    static void open() {
        source = PlaybackSource.open(SAMPLE, null);
    }

    private static long instant(String text) {
        Instant at = Instant.parse(text);
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    /** What one run did, split into the quiet hour and the hour before the statement. */
    private static final class Tally {
        final long[] read429 = new long[2];
        final long[] write429 = new long[2];
        /** Refused book reads of a market where the strategy had an order resting. */
        final long[] blindWhileQuoting = new long[2];
        final long[] reads = new long[2];
        final long[] readWaitNanos = new long[2];
        final Map<String, Set<String>> restingByTicker = new HashMap<>();
        BacktestResult result;

        void record(BacktestEntry entry) {
            int hour = hour(entry.tsNanos());
            if (entry instanceof BacktestEntry.OrderChange change) {
                Set<String> resting = restingByTicker.computeIfAbsent(change.ticker(), ticker -> new HashSet<>());
                if ("resting".equals(change.status())) {
                    resting.add(change.orderId());
                } else if (!"partially_filled".equals(change.status()) && !"amended".equals(change.status())
                        && !"decreased".equals(change.status())) {
                    resting.remove(change.orderId());
                }
            } else if (entry instanceof BacktestEntry.Rejection rejection && rejection.httpStatus() == 429 && hour >= 0) {
                if ("orderbook".equals(rejection.request())) {
                    read429[hour]++;
                    if (!restingByTicker.getOrDefault(rejection.ticker(), Set.of()).isEmpty()) {
                        blindWhileQuoting[hour]++;
                    }
                } else {
                    write429[hour]++;
                }
            } else if (entry instanceof BacktestEntry.Tokens tokens && "read".equals(tokens.bucket())
                    && tokens.endpoint().endsWith("/orderbook") && hour >= 0) {
                reads[hour]++;
                readWaitNanos[hour] += tokens.waitNanos();
            }
        }

        /** 0 for the quiet hour, 1 for the hour before the statement, -1 otherwise. */
        private static int hour(long tsNanos) {
            if (tsNanos >= QUIET_FROM && tsNanos < SURGE_FROM) {
                return 0;
            }
            return tsNanos >= SURGE_FROM && tsNanos < STATEMENT ? 1 : -1;
        }

        long meanReadWaitNanos(int hour) {
            return reads[hour] == 0 ? 0 : readWaitNanos[hour] / reads[hour];
        }
    }

    private static Tally run(Strategy strategy, String name, boolean pacing) {
        Tally tally = new Tally();
        BacktestConfig config = BacktestConfig.defaults(source.log(), strategy, name)
                .withParameters(StrategyParameters.empty()).withManifest(source.manifest())
                .withWindow(QUIET_FROM, WINDOW_END).withPacing(pacing);
        tally.result = Backtest.run(config, tally::record, BacktestProgress.NONE);
        return tally;
    }

    private static BookWatchConfig defaults() {
        return BookWatchConfig.from(StrategyParameters.empty());
    }

    @Test
    void unthrottledThePollerGoesBlindAsActivityRisesAndTheStreamerDrawsNone() {
        Tally poller = run(new Poller(defaults()), Poller.NAME, false);
        Tally streamer = run(new Streamer(defaults()), Streamer.NAME, false);

        // The same rule trades in both: the lesson is not that one of them does nothing.
        assertThat(poller.result.orders()).isGreaterThan(500);
        assertThat(streamer.result.orders()).isGreaterThan(500);

        // The streamer: not a single 429, reads or writes, in the whole window.
        assertThat(streamer.result.rejections429()).isZero();

        // The poller: its reads mostly fit while the markets are quiet; in the surge they do not.
        assertThat(poller.read429[1]).as("read 429s in the hour before the statement").isGreaterThan(1_000);
        assertThat(poller.read429[1]).as("against the quiet hour's " + poller.read429[0])
                .isGreaterThan(10 * Math.max(1, poller.read429[0]));
        // Hundreds are reads of markets it had a quote in: each a quote it could not see go stale to cancel.
        assertThat(poller.blindWhileQuoting[1]).isGreaterThan(500)
                .isGreaterThan(10 * Math.max(1, poller.blindWhileQuoting[0]));
        System.out.printf("lesson: poller read 429s quiet %d surge %d, blind while quoting %d / %d; streamer 429s %d%n",
                poller.read429[0], poller.read429[1], poller.blindWhileQuoting[0], poller.blindWhileQuoting[1],
                streamer.result.rejections429());
        // Its orders stay inside the write budget the two share.
        assertThat(poller.write429[0] + poller.write429[1]).isZero();
    }

    @Test
    void pacedThePollerDrawsNo429sButItsReadsWaitLongerAsActivityRises() {
        Tally paced = run(new Poller(defaults()), Poller.NAME, true);

        assertThat(paced.result.rejections429()).isZero();
        assertThat(paced.reads[1]).isGreaterThan(paced.reads[0]);
        long quiet = paced.meanReadWaitNanos(0);
        long surge = paced.meanReadWaitNanos(1);
        assertThat(surge).as("mean wait of a read before the statement, against %d ns in the quiet hour", quiet)
                .isGreaterThan(10 * Math.max(1_000_000L, quiet));
        System.out.printf("lesson: paced poller mean read wait quiet %d ns, surge %d ns%n", quiet, surge);
    }
}
