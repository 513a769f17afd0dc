package dev.kalshisim.sim.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.sim.engine.LiveCounts;
import dev.kalshisim.sim.engine.MatchingExchange;
import dev.kalshisim.sim.engine.config.EngineConfig;
import dev.kalshisim.sim.engine.retention.HistorySink;
import dev.kalshisim.sim.engine.retention.LiveWindow;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A short soak on the virtual clock: the demo catalog's flow runs for an hour of simulated time
 * against the engine, and what the engine holds (orders, fills and trades, the things that grow
 * with trading) stays within a stated bound once the live window is full. With eviction off the
 * same hour ends far above that bound, so the test fails if the window stops working.
 *
 * <p>Counting retained items instead of heap bytes keeps the test exact and deterministic: the
 * same seed on the virtual clock gives the same orders every run.
 */
class LiveHeapBoundTest {

    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int SIMULATED_MINUTES = 60;
    /**
     * Orders, fills and trades the engine may hold with a 5-minute window. The demo flow leaves
     * about 35 of them a simulated second, so a full window holds about 10,500 (the largest sample
     * with seed 7 is 10,560); 14,000 leaves room for a livelier seed.
     */
    private static final long BOUND = 14_000;
    /** What the default caps allow: 5,000 trades, their 10,000 fills, 10,000 finished orders and the resting ones. */
    private static final long CAPPED_BOUND = 26_000;

    @Test
    @Timeout(120)
    void anHourOfDemoFlowStaysWithinTheBoundWithAFiveMinuteWindow() {
        Run run = run(new LiveWindow(WINDOW, 50_000, 50_000, 1_000, 1_024));
        assertThat(run.maxAfterWindow).isLessThanOrEqualTo(BOUND);
        // The flow really trades: the window is full, not empty.
        assertThat(run.last.trades()).isGreaterThan(100);
        assertThat(run.last.restingOrders()).isPositive();
        assertThat(run.exchange.checkInvariants()).isEmpty();
    }

    @Test
    @Timeout(120)
    void theServersDefaultCapsBoundTheSameHourUnderKalshisNinetyDayWindow() {
        // The window never passes in an hour, so the caps alone must hold: 5,000 trades with their
        // 10,000 fills and 10,000 finished orders, plus the resting orders.
        Run run = run(LiveWindow.defaults());
        // Full: past its cap a queue goes down to nine tenths of it and fills up again (batched writes).
        assertThat(run.last.trades()).isBetween(4_500L, 5_000L);
        assertThat(run.last.orders() - run.last.restingOrders()).isLessThanOrEqualTo(10_000);
        assertThat(run.maxAfterWindow).isLessThanOrEqualTo(CAPPED_BOUND);
        assertThat(run.exchange.checkInvariants()).isEmpty();
    }

    @Test
    @Timeout(120)
    void withoutEvictionTheSameHourPassesTheBound() {
        Run run = run(LiveWindow.KEEP_ALL);
        assertThat(run.last.total()).isGreaterThan(5 * BOUND);
    }

    /** The largest live total seen after the first window, sampled each simulated minute, and the last sample. */
    private record Run(long maxAfterWindow, LiveCounts last, MatchingExchange exchange) {
    }

    private static Run run(LiveWindow window) {
        VirtualClock clock = VirtualClock.atMillis(DemoFixture.START_MILLIS);
        MatchingExchange exchange = new MatchingExchange(clock, EngineConfig.defaults(), window, HistorySink.DISCARD);
        DemoInstallation demo = DemoCatalog.install(exchange, clock, 7L);
        demo.start();
        long max = 0;
        LiveCounts counts = exchange.liveCounts();
        for (int minute = 1; minute <= SIMULATED_MINUTES; minute++) {
            clock.advanceByMillis(60_000);
            counts = exchange.liveCounts();
            if (minute > WINDOW.toMinutes()) {
                max = Math.max(max, counts.total());
            }
        }
        demo.stop();
        return new Run(max, counts, exchange);
    }
}
