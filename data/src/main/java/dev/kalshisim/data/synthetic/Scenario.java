package dev.kalshisim.data.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a synthetic recording is generated from: the latent factors, the events and markets
 * reading them, the scheduled announcements, the activity profile and the order flow, a seed and a
 * fixed start time. Generating the same scenario twice gives the same messages, byte for byte.
 *
 * @param factors       each factor's starting state, in index order (a {@link MarketSpec#factor()} is an index)
 * @param stepNanos     the model's time step: fair values move and arrivals are drawn once per step
 */
public record Scenario(String name, String description, long seed, long startNanos, long durationNanos,
        long stepNanos, List<FactorSpec> factors, List<EventSpec> events, List<Announcement> announcements,
        ActivityProfile activity, FlowRates flow) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        factors = List.copyOf(factors);
        events = List.copyOf(events);
        announcements = List.copyOf(announcements);
        if (durationNanos <= 0 || stepNanos <= 0) {
            throw new IllegalArgumentException("duration and step must be positive");
        }
        for (int a = 1; a < announcements.size(); a++) {
            if (announcements.get(a).atNanos() < announcements.get(a - 1).atNanos()) {
                throw new IllegalArgumentException("announcements come in time order");
            }
        }
        for (EventSpec event : events) {
            for (MarketSpec market : event.markets()) {
                if (market.factor() < 0 || market.factor() >= factors.size()) {
                    throw new IllegalArgumentException(market.ticker() + " reads factor " + market.factor()
                            + " of " + factors.size());
                }
            }
        }
    }

    /** Every market, events in order and markets in event order. */
    public List<MarketSpec> markets() {
        List<MarketSpec> all = new ArrayList<>();
        events.forEach(e -> all.addAll(e.markets()));
        return all;
    }

    /** A factor's starting state and how it moves; see {@link LatentFactor}. */
    public record FactorSpec(String name, double mean, double sigma, double driftPerSqrtSecond,
            double reversionPerSecond) {

        LatentFactor start() {
            return new LatentFactor(mean, sigma, driftPerSqrtSecond, reversionPerSecond);
        }
    }
}
