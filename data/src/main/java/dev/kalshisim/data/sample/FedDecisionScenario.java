package dev.kalshisim.data.sample;

import static dev.kalshisim.data.sample.ScenarioParts.HOUR;
import static dev.kalshisim.data.sample.ScenarioParts.MINUTE;
import static dev.kalshisim.data.sample.ScenarioParts.at;
import static dev.kalshisim.data.sample.ScenarioParts.above;
import static dev.kalshisim.data.sample.ScenarioParts.bin;

import dev.kalshisim.data.synthetic.ActivityProfile;
import dev.kalshisim.data.synthetic.Announcement;
import dev.kalshisim.data.synthetic.EventSpec;
import dev.kalshisim.data.synthetic.FlowRates;
import dev.kalshisim.data.synthetic.MarketSpec;
import dev.kalshisim.data.synthetic.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * An FOMC afternoon: the five-outcome decision event and the rate-threshold ladder both read one
 * factor, the change in the upper bound in basis points, so "above 4.25%" always equals the decision
 * event's hold-or-hike outcomes and never falls below "above 4.50%". The statement at 18:00Z reveals
 * the change; trading surges in the twenty minutes before it.
 */
final class FedDecisionScenario {

    /** The upper bound before the meeting, in percent. */
    private static final double CURRENT_UPPER = 4.50;
    static final long ANNOUNCEMENT = at("2026-03-18T18:00:00Z");

    private FedDecisionScenario() {
    }

    static Scenario create() {
        long start = at("2026-03-18T14:00:00Z");
        double inf = Double.POSITIVE_INFINITY;
        List<MarketSpec> decision = List.of(
                bin("KXFEDDECISION-26MAR-C26", "Will the Fed cut rates by more than 25bps in March?", "Cut >25bps",
                        0, -inf, -37.5, 0.3, 3),
                bin("KXFEDDECISION-26MAR-C25", "Will the Fed cut rates by 25bps in March?", "Cut 25bps",
                        0, -37.5, -12.5, 1.0, 1),
                bin("KXFEDDECISION-26MAR-H0", "Will the Fed hold rates in March?", "Hold", 0, -12.5, 12.5, 1.2, 1),
                bin("KXFEDDECISION-26MAR-H25", "Will the Fed hike rates by 25bps in March?", "Hike 25bps",
                        0, 12.5, 37.5, 0.6, 2),
                bin("KXFEDDECISION-26MAR-H26", "Will the Fed hike rates by more than 25bps in March?", "Hike >25bps",
                        0, 37.5, inf, 0.2, 4));
        List<MarketSpec> ladder = new ArrayList<>();
        for (double level : new double[] {3.75, 4.00, 4.25, 4.50, 4.75, 5.00}) {
            String text = String.format(java.util.Locale.ROOT, "%.2f", level);
            // The rate moves in 25bp steps: above `level` once the change exceeds halfway to the next step.
            double strikeBps = (level - CURRENT_UPPER) * 100 + 12.5;
            double distance = Math.abs(strikeBps);
            ladder.add(above("KXFED-26MAR-T" + text,
                    "Will the upper bound of the federal funds rate be above " + text + "% after March?",
                    "Above " + text + "%", 0, strikeBps, level, distance > 30 ? 0.25 : 0.8, distance > 30 ? 4 : 1));
        }
        List<EventSpec> events = List.of(
                new EventSpec("KXFEDDECISION-26MAR", "KXFEDDECISION", "Fed decision in March",
                        "At the March FOMC meeting", "Economics", "custom", true, decision),
                new EventSpec("KXFED-26MAR", "KXFED", "Fed funds rate after March",
                        "Upper bound of the target range", "Economics", "custom", false, ladder));
        List<Scenario.FactorSpec> factors = List.of(
                new Scenario.FactorSpec("fed change (bps)", -7, 11, 0.03, 0.0001));
        // The statement settles the question: the mean lands on the outcome, the uncertainty all but vanishes.
        List<Announcement> announcements = List.of(new Announcement("FOMC statement", ANNOUNCEMENT, 0, 11, 1.5));
        ActivityProfile activity = new ActivityProfile(List.of(ANNOUNCEMENT), 6.0, 12 * MINUTE, 10 * MINUTE);
        FlowRates flow = new FlowRates(2.5, 0.25, 2.5, 1_500, 0.55, 60, 1_000_000_000L, 3_000_000L);
        return new Scenario("fed-decision", "A Fed decision afternoon: five outcomes and a rate ladder, "
                + "the 18:00Z statement jump and the surge before it", 20260318L, start, 6 * HOUR,
                100_000_000L, factors, events, announcements, activity, flow);
    }
}
