package dev.kalshisim.testkit.runner;

import static dev.kalshisim.testkit.runner.RunnerHarness.SECOND;
import static dev.kalshisim.testkit.runner.RunnerHarness.START_NANOS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.runtime.BlackoutSchedule;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.TimerEvent;
import dev.kalshisim.testkit.TestVenue;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inside a blackout window new orders and amends are refused locally with reason "blackout" and
 * never reach the venue, while cancels and decreases go out; after the window orders flow again.
 */
@Timeout(30)
class StrategyRunnerBlackoutTest {

    private static final String T = "KXCPI-26MAR-T0.3";
    private static final long WINDOW_END = START_NANOS + 300 * SECOND;

    private final RunnerHarness harness = new RunnerHarness();

    @AfterEach
    void stopRunner() throws Exception {
        harness.close();
    }

    @Test
    void newOrdersAreBlockedAndCancelsAndDecreasesStillGoOut() {
        harness.settings(harness.settings().withBlackout(BlackoutSchedule.of(
                List.of(new BlackoutSchedule.Window(START_NANOS - 10 * SECOND, WINDOW_END)))));
        harness.venue.rest("ord-9", "old-1", T, BookSide.BID, Price.ofCents(40), Count.ofContracts(3));
        AtomicBoolean decreased = new AtomicBoolean();
        AtomicBoolean canceled = new AtomicBoolean();
        harness.strategy.onStart(context -> {
            context.submit(OrderRequest.bid(T, Price.ofCents(45), Count.ofContracts(1)));
            context.scheduleTimer("after", WINDOW_END + SECOND);
        });
        harness.strategy.onEvent((context, event) -> {
            if (event instanceof OrderUpdate update && "old-1".equals(update.id()) && decreased.compareAndSet(false, true)) {
                context.amend("old-1", Price.ofCents(41), Count.ofContracts(3));
                context.decrease("old-1", Count.ofContracts(1));
            } else if (event instanceof OrderUpdate update && "old-1".equals(update.id())
                    && update.remaining().equals(Count.ofContracts(2)) && canceled.compareAndSet(false, true)) {
                context.cancel("old-1");
            } else if (event instanceof TimerEvent) {
                context.submit(OrderRequest.bid(T, Price.ofCents(46), Count.ofContracts(1)));
            }
        });

        harness.start();

        OrderUpdate blocked = harness.awaitUpdate("run1-1", OrderState.REJECTED);
        assertThat(blocked.reason()).isEqualTo("blackout");
        harness.awaitUpdate("old-1", OrderState.CANCELED);
        assertThat(harness.venue.calls("create")).isEmpty();
        assertThat(harness.venue.calls("amend")).isEmpty();
        assertThat(harness.venue.calls("decrease")).hasSize(1);
        assertThat(harness.venue.calls("cancel")).extracting(TestVenue.Call::orderId).containsExactly("ord-9");
        assertThat(harness.strategy.events(OrderUpdate.class)).anySatisfy(update -> {
            assertThat(update.id()).isEqualTo("old-1");
            assertThat(update.reason()).isEqualTo("blackout");
            assertThat(update.state()).isEqualTo(OrderState.RESTING);
        });

        Eventually.until(() -> {
            harness.clock.advanceBy(60 * SECOND);
            return !harness.venue.calls("create").isEmpty();
        }, () -> "a create after the window");
        harness.awaitUpdate("run1-2", OrderState.RESTING);
        assertThat(harness.runner().summary().blackoutRejected()).isEqualTo(2);
    }
}
