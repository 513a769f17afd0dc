package dev.kalshisim.cli.soak;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * The live heap over time: each sample is the heap in use right after a full collection, and the
 * trend is the least-squares slope of those samples against time.
 */
public final class HeapTrend {

    private static final double MIB = 1024.0 * 1024.0;

    /** One sample: seconds since the first, and MiB in use after a full GC. */
    public record Sample(double seconds, double mib) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private long firstNanos = -1;

    /** Runs a full collection and records the heap left in use at {@code nowNanos} (a monotonic time). */
    public Sample sample(long nowNanos) {
        return add(nowNanos, liveHeapMib());
    }

    /** Records a given value (tests). */
    public Sample add(long nowNanos, double mib) {
        if (firstNanos < 0) {
            firstNanos = nowNanos;
        }
        Sample sample = new Sample((nowNanos - firstNanos) / 1e9, mib);
        samples.add(sample);
        return sample;
    }

    public List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** The heap in use after a full collection, in MiB. Twice, so objects freed by finalization go too. */
    public static double liveHeapMib() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed() / MIB;
    }

    /** Least-squares slope in MiB per hour; 0 with fewer than two samples. */
    public double slopeMibPerHour() {
        int n = samples.size();
        if (n < 2) {
            return 0;
        }
        double meanT = 0;
        double meanY = 0;
        for (Sample s : samples) {
            meanT += s.seconds() / 3600.0;
            meanY += s.mib();
        }
        meanT /= n;
        meanY /= n;
        double covariance = 0;
        double variance = 0;
        for (Sample s : samples) {
            double dt = s.seconds() / 3600.0 - meanT;
            covariance += dt * (s.mib() - meanY);
            variance += dt * dt;
        }
        return variance == 0 ? 0 : covariance / variance;
    }
}
