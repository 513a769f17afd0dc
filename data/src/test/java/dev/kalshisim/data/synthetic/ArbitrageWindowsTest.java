package dev.kalshisim.data.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.data.sample.SampleCatalog;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The cpi-brackets sample is for cross-event arbitrage: the makers of each bracket quote with their
 * own slowly varying error, so now and then the event's YES asks sum below $1 (buy every bracket) or
 * its YES bids above $1 (sell every bracket), and most of the time they do not. Checked over its
 * first two hours, sampled every second.
 */
class ArbitrageWindowsTest {

    @Test
    void theBracketsOfferArbitrageNowAndThenButNotMostOfTheTime() {
        Scenario full = SampleCatalog.find("cpi-brackets").orElseThrow().scenario().get();
        Scenario twoHours = new Scenario(full.name(), full.description(), full.seed(), full.startNanos(),
                2 * 3_600_000_000_000L, full.stepNanos(), full.factors(), full.events(), full.announcements(),
                full.activity(), full.flow());
        ReplayedRun run = ReplayedRun.of(twoHours, 1_000_000_000L);
        assertThat(run.violations).isEmpty();
        int windows = 0;
        for (ReplayedRun.Sample s : run.samples) {
            int asks = Arrays.stream(s.ask()).sum();
            int bids = Arrays.stream(s.bid()).sum();
            if (asks < 100 || bids > 100) {
                windows++;
            }
        }
        // With its seed: 30 of the 7,200 seconds.
        assertThat(windows).as("seconds with arbitrage of %d", run.samples.size()).isPositive().isLessThan(run.samples.size() / 5);
    }
}
