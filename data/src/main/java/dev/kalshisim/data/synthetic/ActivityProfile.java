package dev.kalshisim.data.synthetic;

import java.util.List;

/**
 * How busy the market is at a moment, as a multiple of its base rates: traders crowd in ahead of a
 * scheduled release (rising exponentially over {@code rampNanos} to {@code 1 + surge} at the release)
 * and drift away after it (decaying over {@code decayNanos}). Outside any release window it is 1.
 */
public record ActivityProfile(List<Long> releaseNanos, double surge, long rampNanos, long decayNanos) {

    public ActivityProfile {
        releaseNanos = List.copyOf(releaseNanos);
        if (surge < 0 || rampNanos <= 0 || decayNanos <= 0) {
            throw new IllegalArgumentException("surge >= 0, ramp and decay positive");
        }
    }

    /** The activity multiplier at {@code nanos}: at least 1. */
    public double multiplier(long nanos) {
        double extra = 0;
        for (long release : releaseNanos) {
            long before = release - nanos;
            if (before >= 0 && before < 6 * rampNanos) {
                extra = Math.max(extra, surge * StrictMath.exp(-(double) before / rampNanos));
            } else if (before < 0 && -before < 6 * decayNanos) {
                extra = Math.max(extra, surge * StrictMath.exp((double) before / decayNanos));
            }
        }
        return 1 + extra;
    }
}
