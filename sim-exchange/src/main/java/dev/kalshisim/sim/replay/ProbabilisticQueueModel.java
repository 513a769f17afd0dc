package dev.kalshisim.sim.replay;

import java.util.SplittableRandom;

/**
 * hftbacktest's probabilistic queue models: a cancel at the order's level came from ahead of it
 * with probability {@code f(ahead) / (f(ahead) + f(behind))}, where {@code f(x) = x^n} (power) or
 * {@code f(x) = log(1 + x)} (log, with x in contracts). The more there is ahead, the likelier a
 * cancel was there.
 *
 * <p>Each recorded decrease is one draw: the whole cancel is ahead or the whole cancel is behind
 * (as far as each side holds it). Kalshi sends one delta per order event, so a decrease is
 * normally one resting order leaving or shrinking, which sits in one place in the queue; splitting
 * it by the expected share, as hftbacktest does with fractional lots, would move the order by
 * amounts no real cancel moves it. Over many cancels the draws average to hftbacktest's expected
 * share, and the seeded source keeps a run repeatable. Doubles serve only the probability; the
 * share returned is exact hundredths.
 */
public final class ProbabilisticQueueModel implements QueueModel {

    private final String name;
    private final double power;
    private final boolean logarithmic;

    private ProbabilisticQueueModel(String name, double power, boolean logarithmic) {
        this.name = name;
        this.power = power;
        this.logarithmic = logarithmic;
    }

    /** The power model {@code f(x) = x^n}; n = 2 is named {@code probabilistic}, others {@code probabilistic-power<n>}. */
    public static ProbabilisticQueueModel power(double n) {
        if (!(n > 0) || Double.isInfinite(n)) {
            throw new IllegalArgumentException("the power model's exponent must be positive: " + n);
        }
        String name = n == 2 ? QueueModels.PROBABILISTIC : QueueModels.PROBABILISTIC + "-power" + exponentText(n);
        return new ProbabilisticQueueModel(name, n, false);
    }

    /** The log model {@code f(x) = log(1 + x)}, named {@code probabilistic-log}. */
    public static ProbabilisticQueueModel log() {
        return new ProbabilisticQueueModel(QueueModels.PROBABILISTIC + "-log", 0, true);
    }

    @Override
    public String name() {
        return name;
    }

    /** The probability that a cancel came from ahead of the order. */
    public double probabilityAhead(long ahead, long behind) {
        if (ahead <= 0) {
            return 0;
        }
        if (behind <= 0) {
            return 1;
        }
        if (logarithmic) {
            // Contracts, not hundredths: log(1 + x) is not scale-free, and hftbacktest counts lots.
            double front = Math.log1p(ahead / 100.0);
            double back = Math.log1p(behind / 100.0);
            return front / (front + back);
        }
        // 1 / (1 + (b/a)^n) is a^n / (a^n + b^n) without overflowing for large sizes.
        return 1.0 / (1.0 + Math.pow((double) behind / ahead, power));
    }

    @Override
    public long aheadShare(long decrease, long ahead, long behind, SplittableRandom random) {
        if (decrease <= 0 || ahead <= 0) {
            return 0;
        }
        long all = Math.min(decrease, ahead);
        // What behind cannot hold came from ahead whichever way the draw goes.
        long forced = Math.min(all, Math.max(0, decrease - Math.max(0, behind)));
        if (forced == all) {
            return all;
        }
        return random.nextDouble() < probabilityAhead(ahead, behind) ? all : forced;
    }

    @Override
    public String toString() {
        return name;
    }

    private static String exponentText(double n) {
        return n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
    }
}
