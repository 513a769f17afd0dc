package dev.kalshisim.sim.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultsTest {

    @Test
    void seededPlanGivesTheSameSequenceAndRoughlyTheRate() {
        FaultPlan plan = new FaultPlan(0, 200_000, 503, 100_000, 42, false);
        List<Faults.Effect> first = draw(plan, 1_000);
        List<Faults.Effect> second = draw(plan, 1_000);

        assertThat(first).isEqualTo(second);
        assertThat(first.stream().filter(e -> e == Faults.Effect.ERROR).count()).isBetween(150L, 250L);
        assertThat(first.stream().filter(e -> e == Faults.Effect.DROP).count()).isBetween(60L, 140L);
    }

    @Test
    void noPlanPassesEverything() {
        assertThat(draw(FaultPlan.NONE, 100)).containsOnly(Faults.Effect.PASS);
    }

    @Test
    void impossiblePlansAreRefused() {
        assertThatThrownBy(() -> new FaultPlan(0, 700_000, 503, 400_000, 0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaultPlan(0, 0, 404, 0, 0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaultPlan(-1, 0, 503, 0, 0, false)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Faults.Effect> draw(FaultPlan plan, int n) {
        Faults faults = new Faults();
        faults.set(plan);
        List<Faults.Effect> effects = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            effects.add(faults.next().effect());
        }
        return effects;
    }
}
