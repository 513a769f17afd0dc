package dev.kalshisim.data.synthetic;

import java.util.SplittableRandom;

/**
 * A latent quantity the market is uncertain about (the Fed's change in basis points, tomorrow's
 * high temperature, a CPI print): its expected value {@code mean} drifts as news trickles in and
 * reverts slowly toward an anchor; {@code sigma} is the market's uncertainty. An announcement
 * moves the mean in one step and, when the quantity becomes known, collapses the uncertainty.
 * Mutable; not thread-safe.
 */
public final class LatentFactor {

    private double mean;
    private double sigma;
    private double anchor;
    private final double driftPerSqrtSecond;
    private final double reversionPerSecond;

    /**
     * @param mean               the starting expected value, also the anchor it reverts to
     * @param sigma              the market's uncertainty about it, positive
     * @param driftPerSqrtSecond the standard deviation of the mean's random walk over one second
     * @param reversionPerSecond the fraction of the distance to the anchor closed per second
     */
    public LatentFactor(double mean, double sigma, double driftPerSqrtSecond, double reversionPerSecond) {
        if (!(sigma > 0)) {
            throw new IllegalArgumentException("sigma must be positive: " + sigma);
        }
        this.mean = mean;
        this.sigma = sigma;
        this.anchor = mean;
        this.driftPerSqrtSecond = driftPerSqrtSecond;
        this.reversionPerSecond = reversionPerSecond;
    }

    public double mean() {
        return mean;
    }

    public double sigma() {
        return sigma;
    }

    /** Advances the mean by {@code seconds} of drift and reversion. */
    public void drift(SplittableRandom random, double seconds) {
        double noise = driftPerSqrtSecond * StrictMath.sqrt(seconds) * Gaussian.draw(random);
        mean += (anchor - mean) * Math.min(1.0, reversionPerSecond * seconds) + noise;
    }

    /**
     * One discrete step, for drivers that tick rather than run on time: the mean closes
     * {@code reversionFraction} of its distance to the anchor and moves by {@code shift}.
     */
    public void step(double shift, double reversionFraction) {
        mean += (anchor - mean) * reversionFraction + shift;
    }

    /** News: the mean moves by {@code shift} and the anchor follows it, so the news sticks. */
    public void jump(double shift) {
        mean += shift;
        anchor = mean;
    }

    /** News that settles part of the question: uncertainty becomes {@code newSigma}. */
    public void resolve(double newSigma) {
        if (!(newSigma > 0)) {
            throw new IllegalArgumentException("sigma must be positive: " + newSigma);
        }
        sigma = newSigma;
    }

    /** The fair value of {@code contract} on this factor now, as a probability. */
    public double probability(Contract contract) {
        return contract.probability(mean, sigma);
    }
}
