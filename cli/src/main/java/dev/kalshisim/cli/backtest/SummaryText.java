package dev.kalshisim.cli.backtest;

import dev.kalshisim.sim.backtest.BacktestConfig;
import dev.kalshisim.sim.backtest.BacktestResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the command prints when a backtest ends: a few lines for a person, then the one
 * machine-readable line CI reads, always last:
 *
 * <pre>summary: pnl=&lt;dollars&gt; fees=&lt;dollars&gt; orders=&lt;n&gt; fills=&lt;n&gt; rejections_429=&lt;n&gt; events=&lt;n&gt; events_per_s=&lt;n&gt;</pre>
 *
 * <p>Dollars are written as Kalshi writes money ({@code Money.toString()}): a plain decimal with
 * at least four decimals and at most six, {@code -} before a loss, no sign before a gain, no
 * grouping ({@code 12.3400}, {@code -0.5000}, {@code 0.012345}). Counts are plain integers.
 */
final class SummaryText {

    /** The last line's exact shape. */
    static final Pattern LAST_LINE = Pattern.compile("summary: pnl=-?[0-9]+\\.[0-9]{4,6} fees=-?[0-9]+\\.[0-9]{4,6} "
            + "orders=[0-9]+ fills=[0-9]+ rejections_429=[0-9]+ events=[0-9]+ events_per_s=[0-9]+");

    private SummaryText() {
    }

    /** The lines for a person, the machine-readable one last. */
    static List<String> lines(String data, BacktestConfig config, BacktestResult result, long waits, String out) {
        List<String> lines = new ArrayList<>();
        BacktestConfig.Latency latency = config.latency();
        lines.add(String.format(Locale.ROOT, "backtest   %s on %s: seed %d, tier %s, fill model %s, queue model %s, "
                + "latency %s + up to %s, pacing %s", config.strategyName(), data, config.seed(), config.tier().wire(),
                result.fillModel(), result.queueModel(), millis(latency.entryNanos()), millis(latency.entryJitterNanos()),
                config.pacing() ? "on" : "off"));
        lines.add("pnl        " + result.pnl() + " (fees " + result.fees() + ")");
        lines.add(String.format(Locale.ROOT, "orders     %,d accepted, %,d fills, %,d rejections (%,d answered 429)",
                result.orders(), result.fills(), result.rejections(), result.rejections429()));
        lines.add(String.format(Locale.ROOT, "tokens     %s; %,d waits (%s waiting)", tokens(result.tokensByBucket()),
                waits, millis(result.waitNanos())));
        lines.add(String.format(Locale.ROOT, "events     %,d (%,d records) at %,d events/s", result.events(),
                result.records(), result.eventsPerSecond()));
        if (result.unofferedLevels() > 0) {
            lines.add(String.format(Locale.ROOT, "note       %,d recorded levels were off their market's price grid and "
                    + "not offered to the strategy's orders", result.unofferedLevels()));
        }
        lines.add("results    " + out + ": " + String.join(", ", ResultFiles.TABLES) + " (.csv and .jsonl), "
                + ResultFolder.SUMMARY);
        lines.add(lastLine(result));
        return lines;
    }

    /** The machine-readable line. */
    static String lastLine(BacktestResult result) {
        return "summary: pnl=" + result.pnl() + " fees=" + result.fees() + " orders=" + result.orders() + " fills="
                + result.fills() + " rejections_429=" + result.rejections429() + " events=" + result.events()
                + " events_per_s=" + result.eventsPerSecond();
    }

    private static String tokens(Map<String, Long> byBucket) {
        if (byBucket == null || byBucket.isEmpty()) {
            return "none spent";
        }
        long total = 0;
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Long> bucket : new TreeMap<>(byBucket).entrySet()) {
            text.append(text.length() == 0 ? "" : ", ").append(bucket.getKey()).append(' ')
                    .append(String.format(Locale.ROOT, "%,d", bucket.getValue()));
            total += bucket.getValue();
        }
        return String.format(Locale.ROOT, "%,d spent (%s)", total, text);
    }

    /** A duration for a person: {@code 25ms}, {@code 1.5s}. */
    static String millis(long nanos) {
        Duration duration = Duration.ofNanos(nanos);
        if (nanos % 1_000_000 != 0) {
            return String.format(Locale.ROOT, "%.3fms", nanos / 1e6);
        }
        long ms = duration.toMillis();
        return ms >= 1_000 && ms % 100 == 0 ? String.format(Locale.ROOT, "%.1fs", ms / 1_000.0) : ms + "ms";
    }
}
