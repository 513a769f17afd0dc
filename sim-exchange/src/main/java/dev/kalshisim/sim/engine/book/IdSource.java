package dev.kalshisim.sim.engine.book;

import java.util.UUID;

/**
 * Deterministic UUID-shaped ids: a seed-derived high half and a counter in the low half, so ids are
 * unique within an engine, reproducible run to run, and never read the system's randomness.
 */
public final class IdSource {

    private final long high;
    private long counter;

    public IdSource(long seed) {
        // Version 4 bits in the high half, so the ids look like the random UUIDs Kalshi issues.
        this.high = (mix(seed) & ~0xF000L) | 0x4000L;
    }

    /** The next id; public so the engine's other services (order groups) draw from the same sequence. */
    public String next() {
        counter++;
        long low = (counter & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    /** SplitMix64's finalizer: spreads nearby seeds far apart. */
    private static long mix(long value) {
        long z = value + 0x9E37_79B9_7F4A_7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }
}
