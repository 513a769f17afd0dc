package dev.kalshisim.sim.demo;

/**
 * Rescales the fair values of a mutually exclusive event so they sum exactly to a target, in integer
 * units: each value gets the floor of its share, and the units lost to flooring go one each to the
 * values with the largest remainders (the lower index on a tie). A value that would fall below the
 * floor is held at the floor and the others share what is left.
 */
final class Normalizer {

    private Normalizer() {
    }

    /**
     * Rescales every value except {@code pinned} (-1 for none) so all of them sum to {@code totalUnits},
     * none below {@code floorUnits}; the pinned one keeps its value. Values are changed in place. The
     * sum is exact whenever the target leaves every other value at least the floor.
     */
    static void normalize(long[] values, int pinned, long totalUnits, long floorUnits) {
        boolean[] fixed = new boolean[values.length];
        if (pinned >= 0) {
            fixed[pinned] = true;
        }
        boolean raised = true;
        while (raised) {
            long target = totalUnits;
            long sum = 0;
            for (int i = 0; i < values.length; i++) {
                if (fixed[i]) {
                    target -= values[i];
                } else {
                    sum = Math.addExact(sum, values[i]);
                }
            }
            if (sum > 0 && target > 0) {
                share(values, fixed, target, sum);
            }
            raised = false;
            for (int i = 0; i < values.length; i++) {
                if (!fixed[i] && values[i] < floorUnits) {
                    values[i] = floorUnits;
                    fixed[i] = true;
                    raised = true;
                }
            }
        }
    }

    /** Scales the free values, summing to {@code sum}, to sum to {@code target}. */
    private static void share(long[] values, boolean[] fixed, long target, long sum) {
        long[] remainders = new long[values.length];
        long assigned = 0;
        for (int i = 0; i < values.length; i++) {
            if (!fixed[i]) {
                long scaled = Math.multiplyExact(values[i], target);
                remainders[i] = scaled % sum;
                values[i] = scaled / sum;
                assigned += values[i];
            }
        }
        for (long left = target - assigned; left > 0; left--) {
            int largest = -1;
            for (int i = 0; i < values.length; i++) {
                if (!fixed[i] && remainders[i] >= 0 && (largest < 0 || remainders[i] > remainders[largest])) {
                    largest = i;
                }
            }
            values[largest]++;
            // Each value takes at most one leftover unit.
            remainders[largest] = -1;
        }
    }
}
