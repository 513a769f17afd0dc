package dev.kalshisim.data.synthetic;

/**
 * What a market pays on, as a statement about one latent factor X: "X above a strike" (a threshold
 * ladder) or "X in a bin" (one outcome of an exclusive event). Because every market of a ladder or
 * an event reads the same factor, the ladder is monotone and the bins sum to one by construction,
 * at every instant, without any re-normalizing.
 */
public sealed interface Contract {

    /** The fair YES probability when X ~ Normal(mean, sigma). */
    double probability(double mean, double sigma);

    /** Pays when X > strike. */
    record Above(double strike) implements Contract {
        @Override
        public double probability(double mean, double sigma) {
            return 1.0 - Gaussian.cdf((strike - mean) / sigma);
        }
    }

    /** Pays when low <= X < high; either end may be infinite. */
    record Between(double low, double high) implements Contract {
        public Between {
            if (!(low < high)) {
                throw new IllegalArgumentException("a bin's low end is below its high end: " + low + ", " + high);
            }
        }

        @Override
        public double probability(double mean, double sigma) {
            // Both tails computed on the same side keeps bins that tile the line telescoping to 1.
            return Gaussian.cdf((high - mean) / sigma) - Gaussian.cdf((low - mean) / sigma);
        }
    }
}
