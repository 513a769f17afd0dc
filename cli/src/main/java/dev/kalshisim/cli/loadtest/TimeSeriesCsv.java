package dev.kalshisim.cli.loadtest;

import dev.kalshisim.core.limits.TierLimits;
import java.util.List;

/** {@code timeseries.csv}: one row per sample, the tier's refill rates as the budget columns. */
final class TimeSeriesCsv {

    private TimeSeriesCsv() {
    }

    static String text(List<Sample> samples, TierLimits limits) {
        StringBuilder csv = new StringBuilder(Sample.HEADER).append('\n');
        for (Sample sample : samples) {
            csv.append(sample.csv(limits.read().refillRate(), limits.write().refillRate())).append('\n');
        }
        return csv.toString();
    }
}
