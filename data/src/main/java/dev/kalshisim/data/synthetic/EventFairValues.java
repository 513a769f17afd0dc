package dev.kalshisim.data.synthetic;

import java.util.SplittableRandom;

/**
 * The fair values of one event's markets as contracts on one latent factor, fitted to starting
 * prices: for a mutually exclusive event the markets are adjacent bins of the factor (so they sum to
 * one), otherwise they are thresholds "above k" in the order given (so a ladder stays monotone and
 * moves as one). This is the model behind the simulator's demo flow, which ticks it instead of
 * running it on time; the fitted factor is standard (mean 0, sigma 1) at the start.
 *
 * <p>An announcement moves one market to a target value by moving the factor: for a threshold the
 * mean alone; for a bin the mean toward the bin and the uncertainty down (to raise it) or the mean
 * away from it (to lower it). Every other market follows from the same factor. Not thread-safe.
 */
public final class EventFairValues {

    /** How far the factor moves for a $1 change of a market priced $0.50: 1 / phi(0). */
    public static final double LATENT_PER_DOLLAR_AT_CENTER = StrictMath.sqrt(2 * StrictMath.PI);
    /** How close to a target an announcement gets a market, as a probability. */
    private static final double PRECISION = 1e-7;
    private static final double STARTING_SIGMA = 1.0;
    /** The fraction of the way back to the starting uncertainty each tick, after news narrowed it. */
    private static final double SIGMA_RELAX = 1.0 / 256;

    private final LatentFactor factor;
    private final Contract[] contracts;
    private final boolean exclusive;

    private EventFairValues(Contract[] contracts, boolean exclusive) {
        this.factor = new LatentFactor(0, STARTING_SIGMA, 0, 0);
        this.contracts = contracts;
        this.exclusive = exclusive;
    }

    /**
     * Fits markets to {@code initial} probabilities (each strictly between 0 and 1; for an exclusive
     * event in bin order, summing to about one, rescaled to one exactly).
     */
    public static EventFairValues fit(double[] initial, boolean exclusive) {
        Contract[] contracts = new Contract[initial.length];
        if (exclusive && initial.length > 1) {
            double total = 0;
            for (double p : initial) {
                total += p;
            }
            double cumulative = 0;
            double low = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < initial.length; i++) {
                cumulative += initial[i] / total;
                double high = i == initial.length - 1 ? Double.POSITIVE_INFINITY
                        : Gaussian.inverseCdf(Math.min(1 - 1e-9, cumulative));
                contracts[i] = new Contract.Between(low, high);
                low = high;
            }
        } else {
            for (int i = 0; i < initial.length; i++) {
                contracts[i] = new Contract.Above(Gaussian.inverseCdf(1 - initial[i]));
            }
        }
        return new EventFairValues(contracts, exclusive && initial.length > 1);
    }

    public int size() {
        return contracts.length;
    }

    public boolean exclusive() {
        return exclusive;
    }

    /** Market {@code index}'s fair probability now. */
    public double probability(int index) {
        return factor.probability(contracts[index]);
    }

    /** One tick: the factor moves by a uniform shift of at most {@code maxShift} and reverts toward its anchor. */
    public void walk(SplittableRandom random, double maxShift, double reversionFraction) {
        factor.step((2 * random.nextDouble() - 1) * maxShift, reversionFraction);
        factor.resolve(factor.sigma() + (STARTING_SIGMA - factor.sigma()) * SIGMA_RELAX);
    }

    /** News: moves the factor so market {@code index} is worth {@code target} (or as near as it can get). */
    public void moveTo(int index, double target) {
        double mean = factor.mean();
        double sigma = factor.sigma();
        boolean up = target > probability(index);
        Contract contract = contracts[index];
        // The path the factor takes, from where it is (t = 0) to as far as the news can push it (t = 1).
        double center = center(contract, sigma);
        double away = mean >= center ? 1 : -1;
        double low = 0;
        double high = 1;
        for (int k = 0; k < 60 && high - low > PRECISION; k++) {
            double t = (low + high) / 2;
            double p = contract.probability(pathMean(contract, up, mean, center, away, sigma, t),
                    pathSigma(contract, up, sigma, t));
            if (up ? p < target : p > target) {
                low = t;
            } else {
                high = t;
            }
        }
        double t = high;
        factor.jump(pathMean(contract, up, mean, center, away, sigma, t) - mean);
        factor.resolve(pathSigma(contract, up, sigma, t));
    }

    private static double pathMean(Contract contract, boolean up, double mean, double center, double away,
            double sigma, double t) {
        if (contract instanceof Contract.Above) {
            return mean + (up ? 1 : -1) * t * 6 * sigma;
        }
        return up ? mean + t * (center - mean) : mean + away * t * 6 * sigma;
    }

    private static double pathSigma(Contract contract, boolean up, double sigma, double t) {
        // Raising a bin toward certainty takes narrower uncertainty as well as a mean inside it.
        return contract instanceof Contract.Between && up ? sigma * (1 - 0.95 * t) : sigma;
    }

    /** Where a bin's mass peaks: its middle, or a little inside an open end. */
    private static double center(Contract contract, double sigma) {
        if (contract instanceof Contract.Between bin) {
            if (Double.isInfinite(bin.low())) {
                return bin.high() - 3 * sigma;
            }
            if (Double.isInfinite(bin.high())) {
                return bin.low() + 3 * sigma;
            }
            return (bin.low() + bin.high()) / 2;
        }
        return 0;
    }
}
