package dev.kalshisim.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.runtime.RunnerSettings;
import dev.kalshisim.core.runtime.StrategyRunner;
import dev.kalshisim.core.runtime.VirtualClockLoop;
import dev.kalshisim.core.strategy.Rejection;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.testkit.StrategyTestKit;
import dev.kalshisim.testkit.TestVenue;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The load strategy under core's real {@link StrategyRunner} on the in-memory {@link TestVenue}:
 * 429s the venue sends to whole requests (a read, a create, a whole batch, a cancel) come back
 * through the runtime as the strategy's counts, and the strategy keeps its rate through them.
 */
class LoadRunnerTest {

    private static final String T = "KXLOAD-26JAN-T1";
    private static final long SLOT = 100_000_000L;
    private static final Rejection TOO_MANY = new Rejection("too_many_requests", 429, OptionalLong.of(SLOT),
            "too many requests");

    private final VirtualClock clock = new VirtualClock(StrategyTestKit.DEFAULT_START_NANOS);
    private final TestVenue venue = new TestVenue().holdAnswers(true);
    private int answered;

    /** Runs {@code slots} slots, refusing with 429 the venue calls {@code refuse} picks and letting the others through. */
    private void slots(int slots, Predicate<TestVenue.Call> refuse) {
        for (int i = 0; i < slots; i++) {
            clock.advanceBy(SLOT);
            List<TestVenue.Call> calls = venue.calls();
            for (; answered < calls.size(); answered++) {
                TestVenue.Call call = calls.get(answered);
                if (refuse.test(call)) {
                    call.refuse(TOO_MANY);
                } else {
                    call.release();
                }
            }
            clock.runDue();
        }
    }

    @Test
    void everyKindOf429IsCountedAndTheRateGoesOn() {
        StrategyParameters parameters = StrategyParameters.parse(List.of("markets=" + T, "rate=10", "reads=1",
                "creates=1", "batches=1", "cancels=1", "batch-size=2"));
        LoadStrategy load = (LoadStrategy) LoadStrategy.descriptor().create(parameters);
        StrategyRunner runner = new StrategyRunner(LoadStrategy.NAME, load, parameters, venue,
                new VirtualClockLoop(clock), clock, RunnerSettings.defaults().withClientOrderIdPrefix("load"));
        runner.start();
        clock.runDue();

        // A venue refusing everything: read, create, batch, then a cancel with nothing resting, sent
        // as a create; twice.
        slots(8, call -> true);
        LoadStats refused = load.stats();
        assertThat(refused.of(LoadKind.READ)).isEqualTo(new LoadStats.Counts(2, 0, 2, 0));
        assertThat(refused.of(LoadKind.CREATE)).isEqualTo(new LoadStats.Counts(4, 0, 4, 0));
        assertThat(refused.of(LoadKind.BATCH)).isEqualTo(new LoadStats.Counts(2, 0, 2, 0));
        assertThat(refused.substituted()).isEqualTo(2);

        // Then everything goes through, then only cancels are refused.
        slots(8, call -> false);
        slots(8, call -> call.kind().equals("cancel"));

        LoadStats stats = load.stats();
        assertThat(stats.issued()).isEqualTo(24);
        assertThat(stats.of(LoadKind.READ)).isEqualTo(new LoadStats.Counts(6, 4, 2, 0));
        assertThat(stats.of(LoadKind.CREATE)).isEqualTo(new LoadStats.Counts(8, 4, 4, 0));
        assertThat(stats.of(LoadKind.BATCH)).isEqualTo(new LoadStats.Counts(6, 4, 2, 0));
        assertThat(stats.of(LoadKind.CANCEL)).isEqualTo(new LoadStats.Counts(4, 2, 2, 0));
        assertThat(stats.rateLimited()).isEqualTo(10);
        // The refused cancel's order stayed the oldest, so the next cancel asked for it again.
        List<TestVenue.Call> cancels = venue.calls("cancel");
        assertThat(cancels).hasSize(4);
        assertThat(cancels.get(3).orderId()).isEqualTo(cancels.get(2).orderId());

        runner.stop();
        clock.runDue();
        assertThat(venue.calls()).extracting(TestVenue.Call::kind).filteredOn(kind -> kind.endsWith("ancel"))
                .hasSizeGreaterThan(4);
    }
}
