package dev.kalshisim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.Money;

/**
 * What the summary says about the run as a whole: its virtual-time span (the window when one was
 * given, the recording's otherwise), the starting balance and the tier.
 */
public record RunFacts(long startNanos, long endNanos, Money startBalance, Tier tier) {

    public static RunFacts of(JsonNode summary) {
        JsonNode config = summary.path("config");
        JsonNode window = config.path("window");
        JsonNode recording = config.path("recording");
        long start = window.path("from_ns").isIntegralNumber() ? window.path("from_ns").asLong()
                : recording.path("first_ns").asLong();
        long end = window.path("to_ns").isIntegralNumber() ? window.path("to_ns").asLong()
                : recording.path("last_ns").asLong();
        if (end < start) {
            throw new ReportException("summary.json: the run ends before it starts");
        }
        String balance = config.path("balance").asText("");
        String tier = config.path("tier").asText("");
        try {
            return new RunFacts(start, end, Money.parse(balance), Tier.fromWire(tier));
        } catch (RuntimeException e) {
            throw new ReportException("summary.json: unreadable balance or tier (" + balance + ", " + tier + ")", e);
        }
    }

    public long durationNanos() {
        return endNanos - startNanos;
    }
}
