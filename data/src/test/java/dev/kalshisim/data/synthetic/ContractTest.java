package dev.kalshisim.data.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ContractTest {

    @Test
    void binsThatTileTheLineSumToOneAndLaddersAreMonotoneWhateverTheFactor() {
        double inf = Double.POSITIVE_INFINITY;
        Contract[] bins = {new Contract.Between(-inf, -1), new Contract.Between(-1, 0.5),
            new Contract.Between(0.5, 2), new Contract.Between(2, inf)};
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 10_000; k++) {
            double mean = random.nextDouble(-5, 5);
            double sigma = random.nextDouble(0.01, 4);
            double sum = 0;
            for (Contract bin : bins) {
                sum += bin.probability(mean, sigma);
            }
            assertThat(sum).isCloseTo(1.0, within(1e-9));
            double previous = 1;
            for (double strike = -3; strike <= 3; strike += 0.25) {
                double p = new Contract.Above(strike).probability(mean, sigma);
                assertThat(p).isLessThanOrEqualTo(previous).isBetween(0.0, 1.0);
                previous = p;
            }
        }
    }

    @Test
    void theNormalFunctionsAreAccurate() {
        assertThat(Gaussian.cdf(0)).isCloseTo(0.5, within(1e-7));
        assertThat(Gaussian.cdf(1.959964)).isCloseTo(0.975, within(1e-6));
        assertThat(Gaussian.inverseCdf(0.975)).isCloseTo(1.959964, within(1e-5));
        assertThat(Gaussian.inverseCdf(0.001)).isCloseTo(-3.090232, within(5e-5));
        assertThat(Gaussian.cdf(Gaussian.inverseCdf(0.3))).isCloseTo(0.3, within(1e-6));
    }
}
