package dev.kalshisim.sim.demo;

import dev.kalshisim.core.model.Price;
import dev.kalshisim.data.synthetic.EventFairValues;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The drifting fair YES values of one event's markets, in $0.0001 units, read off the project's one
 * synthetic market model ({@link EventFairValues} in the data module, the model behind the sample
 * recordings too): every market of the event is a contract on one latent factor, so a mutually
 * exclusive event's values sum to $1 and a threshold ladder ("above 4.00%", "above 4.25%") moves as
 * one and stays monotone, where each threshold used to walk on its own.
 *
 * <p>Each tick the factor takes a mean-reverting random step; an announcement jump moves one market
 * by a large amount through the factor (the others follow) and re-bases the anchor there, so the news
 * sticks. Jumps lean back toward the catalog's values, so hours of jumps do not leave the markets
 * pinned at an edge. The probit mapping makes a market near $0.02 move by less than one at $0.50,
 * as real books do. Values are whole units, clamped to $0.02..$0.98, and an exclusive event's are
 * rounded to sum to exactly $1.
 */
final class FairValues {

    /** Fair values stay within $0.02..$0.98, where even a whole-cent grid leaves room for a bid and an ask. */
    static final long MIN_UNITS = 200;
    static final long MAX_UNITS = Price.SCALE - MIN_UNITS;
    /** Each tick the factor moves this fraction (1/16) of the way back to its anchor. */
    private static final double REVERSION = 1.0 / 16;
    /**
     * A value this far from its catalog value (at $0.50; nearer the edges, less) makes a jump back
     * toward it as likely as allowed.
     */
    private static final long HOME_PULL_UNITS = 3_000;
    private static final int BASIS_POINTS = 10_000;

    private final EventFairValues model;
    private final long[] fair;
    private final long[] home;
    private final boolean exclusive;

    /** Values starting at {@code initial}: bins of one factor if {@code exclusive}, else thresholds of it. */
    FairValues(List<Price> initial, boolean exclusive) {
        int n = initial.size();
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = clamp(initial.get(i).units()) / (double) Price.SCALE;
        }
        this.exclusive = exclusive && n > 1;
        this.model = EventFairValues.fit(start, this.exclusive);
        this.fair = new long[n];
        refresh(-1);
        this.home = fair.clone();
    }

    int size() {
        return fair.length;
    }

    /** The fair value of market {@code index}. */
    long units(int index) {
        return fair[index];
    }

    /** One random step of the factor: a market at $0.50 moves at most {@code stepUnits}, others less, plus reversion. */
    void walk(SplittableRandom random, long stepUnits) {
        double maxShift = stepUnits / (double) Price.SCALE * EventFairValues.LATENT_PER_DOLLAR_AT_CENTER;
        model.walk(random, maxShift, REVERSION);
        refresh(-1);
    }

    /**
     * Moves market {@code index} by {@code minUnits..maxUnits} (scaled by 4p(1-p), so a $0.03 long shot
     * moves by cents, not off the board), up or down (leaning toward its catalog value), through the
     * factor, so the event's other markets follow and the new values become the anchor.
     */
    void jump(int index, SplittableRandom random, long minUnits, long maxUnits) {
        long size = VarianceScale.scale(random.nextLong(minUnits, maxUnits + 1), fair[index]);
        // Distance from home counts relative to how far a value there can move: 1 cent matters at $0.03.
        long pull = VarianceScale.scale(HOME_PULL_UNITS, home[index]);
        long towardHome = (home[index] - fair[index]) * (BASIS_POINTS / 2) / pull;
        long upChance = Math.max(1_000, Math.min(9_000, BASIS_POINTS / 2 + towardHome));
        boolean up = random.nextInt(BASIS_POINTS) < upChance;
        long ceiling = exclusive ? Math.min(MAX_UNITS, Price.SCALE - MIN_UNITS * (fair.length - 1)) : MAX_UNITS;
        long target = Math.max(MIN_UNITS, Math.min(ceiling, fair[index] + (up ? size : -size)));
        model.moveTo(index, target / (double) Price.SCALE);
        refresh(index);
    }

    /** Reads every value off the model; an exclusive event's are rounded to sum to $1, {@code pinned} kept. */
    private void refresh(int pinned) {
        for (int i = 0; i < fair.length; i++) {
            fair[i] = clamp(StrictMath.round(model.probability(i) * Price.SCALE));
        }
        if (exclusive) {
            Normalizer.normalize(fair, pinned, Price.SCALE, MIN_UNITS);
        }
    }

    private static long clamp(long units) {
        return Math.max(MIN_UNITS, Math.min(MAX_UNITS, units));
    }
}
