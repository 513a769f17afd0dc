package dev.kalshisim.sim.demo;

import dev.kalshisim.core.model.Price;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The drifting fair YES values of one event's markets, in $0.0001 units.
 *
 * <p>Each tick every value takes a mean-reverting random step toward its anchor; an announcement
 * jump moves one value by a large amount and re-bases every anchor there, so the news sticks.
 * Values of a mutually exclusive event are re-normalized to sum to $1 after every change, so when
 * one outcome jumps up the others give way. Jumps lean back toward the catalog's values, so hours
 * of jumps do not leave the markets pinned at an edge.
 */
final class FairValues {

    /** Fair values stay within $0.02..$0.98, where even a whole-cent grid leaves room for a bid and an ask. */
    static final long MIN_UNITS = 200;
    static final long MAX_UNITS = Price.SCALE - MIN_UNITS;
    /** Each tick a value moves this fraction (1/16) of the way back to its anchor. */
    private static final long REVERSION_DIVISOR = 16;
    /**
     * A value this far from its catalog value (at $0.50; nearer the edges, less) makes a jump back
     * toward it as likely as allowed.
     */
    private static final long HOME_PULL_UNITS = 3_000;
    private static final int BASIS_POINTS = 10_000;

    private final long[] fair;
    private final long[] anchor;
    private final long[] home;
    private final boolean exclusive;

    /** Values starting at {@code initial}, re-normalized to $1 if {@code exclusive}. */
    FairValues(List<Price> initial, boolean exclusive) {
        int n = initial.size();
        this.fair = new long[n];
        for (int i = 0; i < n; i++) {
            fair[i] = clamp(initial.get(i).units());
        }
        this.exclusive = exclusive;
        if (exclusive) {
            Normalizer.normalize(fair, -1, Price.SCALE, MIN_UNITS);
        }
        this.anchor = fair.clone();
        this.home = fair.clone();
    }

    int size() {
        return fair.length;
    }

    /** The fair value of market {@code index}. */
    long units(int index) {
        return fair[index];
    }

    /** One random step of every value, at most {@code stepUnits} (scaled by 4p(1-p)) plus reversion. */
    void walk(SplittableRandom random, long stepUnits) {
        for (int i = 0; i < fair.length; i++) {
            long noise = VarianceScale.scale(stepUnits, fair[i]);
            long reversion = (anchor[i] - fair[i]) / REVERSION_DIVISOR;
            fair[i] = clamp(fair[i] + reversion + random.nextLong(-noise, noise + 1));
        }
        if (exclusive) {
            Normalizer.normalize(fair, -1, Price.SCALE, MIN_UNITS);
        }
    }

    /**
     * Moves market {@code index} by {@code minUnits..maxUnits} (scaled by 4p(1-p), so a $0.03 long shot
     * moves by cents, not off the board), up or down (leaning toward its catalog value), re-normalizes
     * the others if exclusive, and re-bases every anchor on the new values.
     */
    void jump(int index, SplittableRandom random, long minUnits, long maxUnits) {
        long size = VarianceScale.scale(random.nextLong(minUnits, maxUnits + 1), fair[index]);
        // Distance from home counts relative to how far a value there can move: 1 cent matters at $0.03.
        long pull = VarianceScale.scale(HOME_PULL_UNITS, home[index]);
        long towardHome = (home[index] - fair[index]) * (BASIS_POINTS / 2) / pull;
        long upChance = Math.max(1_000, Math.min(9_000, BASIS_POINTS / 2 + towardHome));
        boolean up = random.nextInt(BASIS_POINTS) < upChance;
        long ceiling = exclusive ? Math.min(MAX_UNITS, Price.SCALE - MIN_UNITS * (fair.length - 1)) : MAX_UNITS;
        fair[index] = Math.max(MIN_UNITS, Math.min(ceiling, fair[index] + (up ? size : -size)));
        if (exclusive) {
            Normalizer.normalize(fair, index, Price.SCALE, MIN_UNITS);
        }
        System.arraycopy(fair, 0, anchor, 0, fair.length);
    }

    private static long clamp(long units) {
        return Math.max(MIN_UNITS, Math.min(MAX_UNITS, units));
    }
}
