package dev.kalshisim.data.sample;

import static dev.kalshisim.data.sample.ScenarioParts.HOUR;
import static dev.kalshisim.data.sample.ScenarioParts.MINUTE;
import static dev.kalshisim.data.sample.ScenarioParts.at;
import static dev.kalshisim.data.sample.ScenarioParts.bin;

import dev.kalshisim.data.synthetic.ActivityProfile;
import dev.kalshisim.data.synthetic.Announcement;
import dev.kalshisim.data.synthetic.EventSpec;
import dev.kalshisim.data.synthetic.FlowRates;
import dev.kalshisim.data.synthetic.MarketSpec;
import dev.kalshisim.data.synthetic.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The busiest sample, for arbitrage research and the replay benchmark: eight CPI year-over-year
 * brackets of one event, busy books whose makers each carry a small quoting error, so the YES asks
 * of the event now and then sum below $1 (or the bids above it), and the 12:30Z print.
 */
final class CpiBracketsScenario {

    static final long RELEASE = at("2026-05-12T12:30:00Z");

    private CpiBracketsScenario() {
    }

    static Scenario create() {
        double inf = Double.POSITIVE_INFINITY;
        double[] edges = {2.55, 2.65, 2.75, 2.85, 2.95, 3.05, 3.15};
        List<MarketSpec> brackets = new ArrayList<>();
        for (int b = 0; b <= edges.length; b++) {
            double low = b == 0 ? -inf : edges[b - 1];
            double high = b == edges.length ? inf : edges[b];
            String sub = b == 0 ? "Below 2.6%" : b == edges.length ? "3.2% or above"
                    : String.format(Locale.ROOT, "%.1f%%", low + 0.05);
            String suffix = b == 0 ? "T2.6" : b == edges.length ? "T3.1"
                    : String.format(Locale.ROOT, "B%.1f", low + 0.05);
            boolean tail = b == 0 || b == edges.length;
            brackets.add(bin("KXCPIYOY-26APR-" + suffix, "CPI year-over-year in April 2026: " + sub + "?", sub, 0,
                    low, high, tail ? 0.5 : 1.0, tail ? 2 : 1));
        }
        List<EventSpec> events = List.of(new EventSpec("KXCPIYOY-26APR", "KXCPIYOY", "CPI year-over-year in April 2026",
                "Not seasonally adjusted, as first reported by the BLS", "Economics", "monthly", true, brackets));
        List<Scenario.FactorSpec> factors = List.of(new Scenario.FactorSpec("CPI YoY (%)", 2.88, 0.13, 0.0004, 0.0001));
        List<Announcement> print = List.of(new Announcement("CPI release", RELEASE, 0, 0.13, 0.01));
        ActivityProfile activity = new ActivityProfile(List.of(RELEASE), 4.0, 15 * MINUTE, 10 * MINUTE);
        FlowRates flow = new FlowRates(6.0, 0.6, 2.5, 2_500, 0.6, 80, 1_000_000_000L, 2_000_000L);
        return new Scenario("cpi-brackets", "Eight CPI brackets of one event with busy, independently quoted "
                + "books (arbitrage across the event) and the 12:30Z print; the largest sample", 20260512L,
                at("2026-05-12T05:30:00Z"), 8 * HOUR, 100_000_000L, factors, events, print, activity, flow);
    }
}
