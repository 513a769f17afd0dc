package dev.kalshisim.data.synthetic;

import java.util.SplittableRandom;

/**
 * The standard normal distribution, computed with {@link StrictMath} only: {@code Math.exp} may use
 * a CPU intrinsic whose last bit differs between machines, and a generator whose samples must be
 * byte-identical everywhere cannot afford one differing bit.
 */
public final class Gaussian {

    private Gaussian() {
    }

    /** P(Z <= x) for a standard normal Z; absolute error below 1.5e-7 (Numerical Recipes' erfc). */
    public static double cdf(double x) {
        if (x == Double.POSITIVE_INFINITY) {
            return 1.0;
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return 0.0;
        }
        return 1.0 - 0.5 * erfc(x / StrictMath.sqrt(2.0));
    }

    /** The x with {@code cdf(x) = p}, for 0 < p < 1 (Acklam's rational approximation; within 2e-5 in the tails, closer in the middle). */
    public static double inverseCdf(double p) {
        if (!(p > 0.0 && p < 1.0)) {
            throw new IllegalArgumentException("a probability strictly between 0 and 1: " + p);
        }
        double low = 0.02425;
        if (p < low) {
            double q = StrictMath.sqrt(-2 * StrictMath.log(p));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        if (p > 1 - low) {
            double q = StrictMath.sqrt(-2 * StrictMath.log(1 - p));
            return -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }

    /** One standard normal draw (Marsaglia's polar method on StrictMath). */
    public static double draw(SplittableRandom random) {
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        // The pair's second value is dropped: keeping state here would tie draws to call history.
        return u * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    }

    /** A Poisson draw with mean {@code mean} (Knuth's product method; means here are small). */
    public static int poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) StrictMath.round(mean + StrictMath.sqrt(mean) * draw(random)));
        }
        double limit = StrictMath.exp(-mean);
        int k = 0;
        double product = random.nextDouble();
        while (product > limit) {
            k++;
            product *= random.nextDouble();
        }
        return k;
    }

    private static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double r = t * StrictMath.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2.0 - r;
    }

    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549671254276340e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};
}
