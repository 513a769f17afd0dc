package dev.kalshisim.sim.demo;

import dev.kalshisim.core.model.Price;

/**
 * Scales a price distance by how far a binary contract priced p can move: by 4p(1-p), which is 1 at
 * $0.50 and about 0.04 at $0.01. A contract near $0.02 that stepped, quoted and jumped like one at
 * $0.50 would hit $0 at once; real books also tighten toward the edges. Integer math, truncating,
 * never below one unit.
 */
final class VarianceScale {

    private static final long SCALE_SQUARED = Price.SCALE * Price.SCALE;

    private VarianceScale() {
    }

    /** {@code baseUnits} x 4p(1-p) for p = {@code priceUnits} (clamped into $0.0001..$0.9999), at least 1. */
    static long scale(long baseUnits, long priceUnits) {
        long p = Math.max(1, Math.min(Price.SCALE - 1, priceUnits));
        long variance = Math.multiplyExact(4 * p, Price.SCALE - p);
        return Math.max(1, Math.multiplyExact(baseUnits, variance) / SCALE_SQUARED);
    }
}
