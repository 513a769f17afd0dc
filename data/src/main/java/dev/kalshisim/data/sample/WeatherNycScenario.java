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

/**
 * A day of NYC daily-high brackets: the forecast high drifts slowly and is revised at each weather
 * model run (00, 06, 12 and 18z), each revision narrowing the uncertainty; traders gather a little
 * before each run. Six brackets of one factor, so they always sum to about $1.
 */
final class WeatherNycScenario {

    static final List<Long> MODEL_RUNS = List.of(at("2026-07-14T00:00:00Z"), at("2026-07-14T06:00:00Z"),
            at("2026-07-14T12:00:00Z"), at("2026-07-14T18:00:00Z"));

    private WeatherNycScenario() {
    }

    static Scenario create() {
        double inf = Double.POSITIVE_INFINITY;
        List<MarketSpec> brackets = new ArrayList<>();
        brackets.add(bin("KXHIGHNY-26JUL14-T79", "Will the high temp in NYC be <79° on Jul 14, 2026?",
                "78° or below", 0, -inf, 78.5, 0.3, 3));
        for (int low = 79; low <= 85; low += 2) {
            String sub = low + "° to " + (low + 1) + "°";
            brackets.add(bin("KXHIGHNY-26JUL14-B" + (low + 0.5), "Will the high temp in NYC be " + low + "-"
                    + (low + 1) + "° on Jul 14, 2026?", sub, 0, low - 0.5, low + 1.5, 0.8, 1));
        }
        brackets.add(bin("KXHIGHNY-26JUL14-T86", "Will the high temp in NYC be >86° on Jul 14, 2026?",
                "87° or above", 0, 86.5, inf, 0.3, 3));
        List<EventSpec> events = List.of(new EventSpec("KXHIGHNY-26JUL14", "KXHIGHNY",
                "Highest temperature in NYC on Jul 14, 2026", "Central Park, as reported by the National Weather Service",
                "Climate and Weather", "daily", true, brackets));
        List<Scenario.FactorSpec> factors = List.of(new Scenario.FactorSpec("NYC high (°F)", 82.6, 3.0, 0.004, 0.00002));
        List<Announcement> runs = new ArrayList<>();
        double sigma = 3.0;
        for (long run : MODEL_RUNS) {
            sigma *= 0.82;
            runs.add(new Announcement("model run", run, 0, 0.9, sigma));
        }
        ActivityProfile activity = new ActivityProfile(MODEL_RUNS, 2.0, 10 * MINUTE, 15 * MINUTE);
        FlowRates flow = new FlowRates(0.6, 0.05, 1.8, 600, 0.5, 40, 2_000_000_000L, 3_000_000L);
        return new Scenario("weather-nyc", "NYC daily-high brackets over a day, slow drift, "
                + "revisions at the 00/06/12/18z model runs", 20260714L, at("2026-07-13T22:00:00Z"), 24 * HOUR,
                200_000_000L, factors, events, runs, activity, flow);
    }
}
