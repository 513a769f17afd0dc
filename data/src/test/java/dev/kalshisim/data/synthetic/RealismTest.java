package dev.kalshisim.data.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.data.sample.SampleCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator's realism, checked on the fed-decision and weather-nyc samples, rendered and
 * replayed from their messages. The stated ranges:
 * <ul>
 *   <li>ladders: "above K" never below "above K'" for K < K', at every sampled second (exactly, no tolerance);</li>
 *   <li>exclusive events: the model's YES probabilities sum to 1 within 1e-6; the books' mids within $0.10
 *       of $1 in at least 90% of samples before the announcement;</li>
 *   <li>announcements: the decision's fair-value change over the announcement second is more than 20x the
 *       median one-second change;</li>
 *   <li>activity: messages in the 10 minutes before the statement are more than 3x those in a quiet 10 minutes;</li>
 *   <li>liquid markets priced $0.10-$0.90: spread 1-6 cents and 5 to 5,000 contracts within 5 cents of
 *       each touch in at least 90% of samples; thin markets and those near $0 or $1: spreads up to 15 cents
 *       (one side may be empty there, as on Kalshi).</li>
 * </ul>
 */
class RealismTest {

    private static final long SECOND = 1_000_000_000L;
    private static ReplayedRun fed;
    private static ReplayedRun weather;

    @BeforeAll
    static void render() {
        fed = ReplayedRun.of(SampleCatalog.find("fed-decision").orElseThrow().scenario().get(), SECOND);
        weather = ReplayedRun.of(SampleCatalog.find("weather-nyc").orElseThrow().scenario().get(), 10 * SECOND);
    }

    @Test
    void theReplayedBooksKeepEveryRuleOfAFeed() {
        assertThat(fed.violations).isEmpty();
        assertThat(weather.violations).isEmpty();
        assertThat(fed.byType).containsKeys("orderbook_snapshot", "orderbook_delta", "trade", "ticker");
    }

    @Test
    void theRateLadderIsMonotoneAtEverySampledSecond() {
        int[] ladder = indexes(fed, "KXFED-26MAR-T");
        assertThat(ladder).hasSize(6);
        for (ReplayedRun.Sample s : fed.samples) {
            for (int k = 1; k < ladder.length; k++) {
                assertThat(s.fair()[ladder[k]]).as("at %d", s.nanos()).isLessThanOrEqualTo(s.fair()[ladder[k - 1]]);
            }
        }
    }

    @Test
    void theLadderAgreesWithTheDecisionEvent() {
        int above425 = fed.market("KXFED-26MAR-T4.25");
        int[] holdOrHike = {fed.market("KXFEDDECISION-26MAR-H0"), fed.market("KXFEDDECISION-26MAR-H25"),
            fed.market("KXFEDDECISION-26MAR-H26")};
        for (ReplayedRun.Sample s : fed.samples) {
            double sum = Arrays.stream(holdOrHike).mapToDouble(i -> s.fair()[i]).sum();
            assertThat(s.fair()[above425]).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void exclusiveEventsSumToOneDollar() {
        for (ReplayedRun run : List.of(fed, weather)) {
            int[] event = run == fed ? indexes(fed, "KXFEDDECISION-") : indexes(weather, "KXHIGHNY-");
            int near = 0;
            int counted = 0;
            for (ReplayedRun.Sample s : run.samples) {
                double sum = Arrays.stream(event).mapToDouble(i -> s.fair()[i]).sum();
                assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
                if (run == fed && s.nanos() >= fedAnnouncement()) {
                    continue;
                }
                double mids = Arrays.stream(event).mapToDouble(i -> (s.bid()[i] + s.ask()[i]) / 2.0).sum() / 100;
                counted++;
                if (Math.abs(mids - 1.0) <= 0.10) {
                    near++;
                }
            }
            assertThat(near).as(run.scenario.name() + " mids near $1").isGreaterThanOrEqualTo(counted * 9 / 10);
        }
    }

    @Test
    void theDecisionJumpsAtTheAnnouncement() {
        int hold = fed.market("KXFEDDECISION-26MAR-H0");
        List<Double> changes = new ArrayList<>();
        double atAnnouncement = 0;
        for (int k = 1; k < fed.samples.size(); k++) {
            ReplayedRun.Sample before = fed.samples.get(k - 1);
            ReplayedRun.Sample after = fed.samples.get(k);
            double change = Math.abs(after.fair()[hold] - before.fair()[hold]);
            if (before.nanos() < fedAnnouncement() && after.nanos() >= fedAnnouncement()) {
                atAnnouncement = change;
            } else {
                changes.add(change);
            }
        }
        changes.sort(Double::compare);
        double median = changes.get(changes.size() / 2);
        assertThat(atAnnouncement).isGreaterThan(20 * median).isGreaterThan(0.15);
    }

    @Test
    void weatherRevisesAtEachModelRun() {
        int middle = weather.market("KXHIGHNY-26JUL14-B83.5");
        List<Double> ordinary = new ArrayList<>();
        List<Double> atRuns = new ArrayList<>();
        List<Long> runs = weather.scenario.activity().releaseNanos();
        for (int k = 1; k < weather.samples.size(); k++) {
            long from = weather.samples.get(k - 1).nanos();
            long to = weather.samples.get(k).nanos();
            double change = Math.abs(weather.samples.get(k).fair()[middle] - weather.samples.get(k - 1).fair()[middle]);
            if (runs.stream().anyMatch(r -> from < r && r <= to)) {
                atRuns.add(change);
            } else {
                ordinary.add(change);
            }
        }
        ordinary.sort(Double::compare);
        double median = ordinary.get(ordinary.size() / 2);
        assertThat(atRuns).hasSize(4);
        assertThat(atRuns.stream().mapToDouble(Double::doubleValue).average().orElseThrow()).isGreaterThan(5 * median);
    }

    @Test
    void activityRisesBeforeTheStatement() {
        long announcementMinute = (fedAnnouncement() - fed.scenario.startNanos()) / (60 * SECOND);
        int surge = minutes(fed, announcementMinute - 10, announcementMinute);
        int quiet = minutes(fed, 30, 40);
        assertThat(surge).isGreaterThan(3 * quiet);
        // And it rises toward the release: the last five minutes busier than the five before.
        assertThat(minutes(fed, announcementMinute - 5, announcementMinute))
                .isGreaterThan(minutes(fed, announcementMinute - 10, announcementMinute - 5));
    }

    @Test
    void spreadsAndDepthsStayInTheirRanges() {
        for (ReplayedRun run : List.of(fed, weather)) {
            for (int i = 0; i < run.tickers.size(); i++) {
                MarketSpec market = run.scenario.markets().get(i);
                int inRange = 0;
                int counted = 0;
                for (ReplayedRun.Sample s : run.samples) {
                    if (run == fed && s.nanos() >= fedAnnouncement()) {
                        continue;
                    }
                    counted++;
                    int spread = s.ask()[i] - s.bid()[i];
                    boolean twoSided = market.liquidity() >= 0.5 && s.fair()[i] >= 0.10 && s.fair()[i] <= 0.90;
                    boolean ok = twoSided
                            ? spread >= 1 && spread <= 6 && between(s.bidDepth5()[i], 5, 5_000)
                                && between(s.askDepth5()[i], 5, 5_000)
                            : spread >= 1 && spread <= 15;
                    if (ok) {
                        inRange++;
                    }
                }
                assertThat(inRange).as(market.ticker()).isGreaterThanOrEqualTo(counted * 9 / 10);
            }
        }
    }

    private static boolean between(long value, long low, long high) {
        return value >= low && value <= high;
    }

    private static int minutes(ReplayedRun run, long fromMinute, long toMinute) {
        return run.perMinute.subMap(fromMinute, true, toMinute, false).values().stream().mapToInt(Integer::intValue).sum();
    }

    private static long fedAnnouncement() {
        return fed.scenario.announcements().get(0).atNanos();
    }

    private static int[] indexes(ReplayedRun run, String prefix) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < run.tickers.size(); i++) {
            if (run.tickers.get(i).startsWith(prefix)) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }
}
