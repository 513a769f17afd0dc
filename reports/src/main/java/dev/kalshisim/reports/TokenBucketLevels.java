package dev.kalshisim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.BucketLimit;
import dev.kalshisim.core.limits.TierTable;
import java.util.ArrayList;
import java.util.List;

/**
 * A bucket's level over time rebuilt from {@code tokens}: full at the run's start, refilled
 * continuously at the tier's rate up to its capacity, each request's tokens taken at its time (a
 * 429 took none). A paced request is logged when it was admitted, so the level may not go below 0
 * by more than rounding; it is clamped at 0 for the chart.
 */
public final class TokenBucketLevels {

    /** The level just after a request, and whether that request was answered 429. */
    public record Level(long tsNanos, double tokens, boolean rateLimited) {
    }

    private TokenBucketLevels() {
    }

    public static List<Level> of(RunResult run, RunFacts facts, BucketKind kind) {
        BucketLimit limit = TierTable.defaults().limit(facts.tier(), kind);
        double level = limit.bucketCapacity();
        long at = facts.startNanos();
        List<Level> levels = new ArrayList<>();
        levels.add(new Level(at, level, false));
        for (JsonNode row : run.tokens()) {
            if (!row.path("bucket").asText().equals(kind.wire())) {
                continue;
            }
            long ts = row.path("ts_ns").asLong();
            level = Math.min(limit.bucketCapacity(), level + limit.refillRate() * (ts - at) / 1e9);
            at = Math.max(at, ts);
            boolean limited = row.path("rate_limited").asBoolean();
            if (!limited) {
                level = Math.max(0, level - row.path("tokens").asLong());
            }
            levels.add(new Level(ts, level, limited));
        }
        return levels;
    }
}
