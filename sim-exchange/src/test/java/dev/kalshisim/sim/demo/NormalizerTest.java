package dev.kalshisim.sim.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    @Test
    void rescalesToTheExactTotal() {
        long[] values = {3_000, 3_000, 3_000, 3_000};

        Normalizer.normalize(values, -1, 10_000, 100);

        assertThat(values).containsExactly(2_500, 2_500, 2_500, 2_500);
    }

    @Test
    void unitsLostToFlooringGoToTheLargestRemainders() {
        long[] values = {1, 1, 1};

        Normalizer.normalize(values, -1, 10_000, 0);

        assertThat(values).containsExactly(3_334, 3_333, 3_333);
        assertThat(Arrays.stream(values).sum()).isEqualTo(10_000);
    }

    @Test
    void aPinnedValueKeepsItsPlaceAndTheOthersShareTheRest() {
        long[] values = {2_000, 7_000, 2_000, 1_000};

        Normalizer.normalize(values, 1, 10_000, 100);

        assertThat(values[1]).isEqualTo(7_000);
        assertThat(values).containsExactly(1_200, 7_000, 1_200, 600);
    }

    @Test
    void aValueBelowTheFloorIsHeldThereAndTheOthersShareTheRest() {
        long[] values = {4_000, 10, 4_000, 2_000};

        Normalizer.normalize(values, 0, 10_000, 100);

        assertThat(values).containsExactly(4_000, 100, 3_933, 1_967);
        assertThat(Arrays.stream(values).sum()).isEqualTo(10_000);
    }
}
