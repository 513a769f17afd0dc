package dev.kalshisim.sim.engine.book.pricetime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongIndexTest {

    @Test
    void behavesAsAMapThroughGrowthAndRemovals() {
        SplittableRandom random = new SplittableRandom(42);
        LongIndex<Void> index = new LongIndex<>(4);
        Map<Long, Resting<Void>> model = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            // A small key range forces collisions, long probe runs and backward shifts.
            long key = random.nextInt(3_000) * (random.nextBoolean() ? 1L : 1L << 40);
            if (random.nextInt(3) == 0 || model.containsKey(key)) {
                assertThat(index.remove(key)).isSameAs(model.remove(key));
            } else {
                Resting<Void> value = new Resting<>();
                index.put(key, value);
                model.put(key, value);
            }
            if (i % 1_000 == 0) {
                for (Map.Entry<Long, Resting<Void>> e : model.entrySet()) {
                    assertThat(index.get(e.getKey())).isSameAs(e.getValue());
                }
            }
            assertThat(index.size()).isEqualTo(model.size());
        }
        assertThat(index.get(-5)).isNull();
    }
}
