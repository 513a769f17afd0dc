package dev.kalshisim.cli.loadtest;

import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.limits.TierLimits;
import java.time.Duration;

/**
 * What one load run does.
 *
 * @param policy how the clients cope with the rate limit
 * @param scenario the load's shape over time
 * @param tier the key's tier, and {@code limits} its buckets
 * @param clients load clients (threads in the closed model; connections in the open model)
 * @param mix the request kinds' weights
 * @param duration the run's length
 * @param rate the open model's arrival rate (steady) or peak arrival rate (fed-announcement),
 *        requests a second over all clients; null for the closed model
 * @param seed seeds the mix's draws and the backoff's jitter
 */
record LoadPlan(Policy policy, Scenario scenario, Tier tier, TierLimits limits, int clients, Mix mix,
        Duration duration, Double rate, long seed) {

    boolean open() {
        return rate != null;
    }

    String model() {
        if (rate == null) {
            return "closed";
        }
        return scenario == Scenario.STEADY ? String.format(java.util.Locale.ROOT, "open %.1f/s", rate)
                : String.format(java.util.Locale.ROOT, "open, peak %.1f/s", rate);
    }
}
