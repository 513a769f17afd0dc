package dev.kalshisim.cli.gateway;

import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.PacingStats;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One line per key every interval: tokens per second granted on each bucket against its refill
 * rate, the requests waiting, and the 429s the upstream answered all the same.
 */
final class UtilizationReport {

    private static final int KEY_PREFIX = 8;

    private final KeyPacings pacings;
    private final PrintWriter out;
    private final Map<String, long[]> lastTotals = new HashMap<>();
    private long lastNanos;

    UtilizationReport(KeyPacings pacings, PrintWriter out, long startNanos) {
        this.pacings = pacings;
        this.out = out;
        this.lastNanos = startNanos;
    }

    /** Prints the lines for the interval ending at {@code nowNanos}. */
    synchronized void print(long nowNanos) {
        double seconds = Math.max(1e-9, (nowNanos - lastNanos) / 1e9);
        lastNanos = nowNanos;
        List<KeyPacing> keys = pacings.all();
        // A forgotten key's totals start again from zero if it returns.
        lastTotals.keySet().retainAll(keys.stream().map(KeyPacing::keyId).collect(java.util.stream.Collectors.toSet()));
        for (KeyPacing pacing : keys) {
            PacingStats read = pacing.stats(BucketKind.READ);
            PacingStats write = pacing.stats(BucketKind.WRITE);
            long[] last = lastTotals.getOrDefault(pacing.keyId(), new long[2]);
            long readTokens = read.tokensTotal() - last[0];
            long writeTokens = write.tokensTotal() - last[1];
            lastTotals.put(pacing.keyId(), new long[] {read.tokensTotal(), write.tokensTotal()});
            out.println(line(pacing, read, readTokens / seconds, write, writeTokens / seconds));
        }
        out.flush();
    }

    private static String line(KeyPacing pacing, PacingStats read, double readRate, PacingStats write, double writeRate) {
        String key = pacing.keyId();
        String prefix = key.length() > KEY_PREFIX && !key.equals(PacingHandler.UNSIGNED) ? key.substring(0, KEY_PREFIX) + "..." : key;
        return String.format(Locale.ROOT,
                "gateway: key %s read %.1f/%d tokens/s (%.0f%%) write %.1f/%d tokens/s (%.0f%%) queued %d upstream_429 %d%s",
                prefix, readRate, read.refillTokensPerSecond(), 100 * readRate / read.refillTokensPerSecond(),
                writeRate, write.refillTokensPerSecond(), 100 * writeRate / write.refillTokensPerSecond(),
                pacing.waiting(BucketKind.READ) + pacing.waiting(BucketKind.WRITE), pacing.rateLimitedCount(),
                pacing.limitsFromUpstream() ? "" : " (limits: starting tier)");
    }
}
