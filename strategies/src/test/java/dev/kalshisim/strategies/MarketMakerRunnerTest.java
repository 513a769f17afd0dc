package dev.kalshisim.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.runtime.BlackoutSchedule;
import dev.kalshisim.core.runtime.RunResult;
import dev.kalshisim.core.runtime.RunnerSettings;
import dev.kalshisim.core.runtime.StrategyRunner;
import dev.kalshisim.core.runtime.VirtualClockLoop;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.testkit.StrategyTestKit;
import dev.kalshisim.testkit.TestVenue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The market maker under core's real {@link StrategyRunner}, on the in-memory {@link TestVenue} and
 * a {@link VirtualClockLoop}: what reaches the venue, batches and the runner's blackout included.
 */
class MarketMakerRunnerTest {

    private static final String T = "KXCPI-26DEC-T0.3";
    private static final long SECOND = 1_000_000_000L;
    private static final long START = StrategyTestKit.DEFAULT_START_NANOS;

    private final VirtualClock clock = new VirtualClock(START);
    private final TestVenue venue = new TestVenue();

    private StrategyRunner start(RunnerSettings settings, String... parameters) {
        List<String> all = new ArrayList<>(List.of("markets=" + T));
        all.addAll(List.of(parameters));
        StrategyParameters parsed = StrategyParameters.parse(all);
        StrategyRunner runner = new StrategyRunner("market-maker", MarketMaker.descriptor().create(parsed), parsed,
                venue, new VirtualClockLoop(clock), clock, settings.withClientOrderIdPrefix("mm"));
        runner.start();
        clock.runDue();
        return runner;
    }

    private void market(long midCents) {
        venue.book(new BookView(T, List.of(BookLevel.of(Price.ofCents(midCents - 2), Count.ofContracts(10))),
                List.of(BookLevel.of(Price.ofCents(100 - midCents - 2), Count.ofContracts(10)))));
        clock.runDue();
    }

    private List<String> kinds() {
        return venue.calls().stream().map(TestVenue.Call::kind).toList();
    }

    @Test
    void bothQuotesGoOutInOneBatchAndAreReplacedByOneBatchCancelThenOneBatchCreate() {
        StrategyRunner runner = start(RunnerSettings.defaults(), "spread=0.04", "size=2");

        market(51);
        market(55);

        assertThat(kinds()).containsExactly("batchCreate", "batchCancel", "batchCreate");
        @SuppressWarnings("unchecked")
        List<CreateOrderV2Request> replacement = (List<CreateOrderV2Request>) venue.calls().get(2).body();
        assertThat(replacement).extracting(CreateOrderV2Request::price)
                .containsExactly(Price.ofCents(53), Price.ofCents(57));
        assertThat(replacement).allSatisfy(order -> assertThat(order.postOnly()).isTrue());

        runner.stop();
        clock.runDue();
        assertThat(kinds()).endsWith("batchCancel");
        assertThat(runner.termination().join().openOrdersLeft()).isZero();
    }

    @Test
    void noopUnderTheRunnerSubscribesToEveryMarketTheVenueOffers() {
        venue.offering("A-1", "B-2");
        StrategyRunner runner = new StrategyRunner("noop", NoopStrategy.descriptor().create(StrategyParameters.empty()),
                StrategyParameters.empty(), venue, new VirtualClockLoop(clock), clock,
                RunnerSettings.defaults().withClientOrderIdPrefix("noop"));
        runner.start();
        clock.runDue();

        assertThat(venue.subscriptions()).containsExactly(java.util.Set.of("A-1", "B-2"));
        runner.stop();
        clock.runDue();
        assertThat(runner.termination().join().ordersSubmitted()).isZero();
    }

    /**
     * Inside the runner's blackout window (10 s to 40 s) not one create reaches the venue, the
     * quotes are pulled (cancels still go out), and the maker tries again only every
     * blackout-retry (10 s), however often the book moves; after the window it quotes again.
     */
    @Test
    void noOrderReachesTheVenueInsideABlackoutWindow() {
        BlackoutSchedule window = BlackoutSchedule.of(List.of(new BlackoutSchedule.Window(START + 10 * SECOND,
                START + 40 * SECOND)));
        StrategyRunner runner = start(RunnerSettings.defaults().withBlackout(window), "spread=0.04", "size=1");

        List<Long> createTimes = new ArrayList<>();
        List<Long> cancelTimes = new ArrayList<>();
        int seen = 0;
        for (int tick = 0; tick < 120; tick++) { // a minute of a market moving every 500 ms
            market(tick % 2 == 0 ? 50 : 53);
            List<TestVenue.Call> calls = venue.calls();
            for (TestVenue.Call call : calls.subList(seen, calls.size())) {
                (call.kind().contains("reate") ? createTimes : cancelTimes).add(clock.nowNanos() - START);
            }
            seen = calls.size();
            clock.advanceBy(SECOND / 2);
        }

        assertThat(createTimes).noneMatch(at -> at >= 10 * SECOND && at < 40 * SECOND);
        assertThat(createTimes).anyMatch(at -> at < 10 * SECOND);
        assertThat(createTimes).anyMatch(at -> at >= 40 * SECOND);
        assertThat(cancelTimes).anyMatch(at -> at >= 10 * SECOND && at < 40 * SECOND);
        runner.stop();
        clock.runDue();
        RunResult result = runner.termination().join();
        // The first refusal at 10 s, then one try at 20 s and one at 30 s: three refused batches in 30 s.
        assertThat(result.blackoutRejected()).isEqualTo(3);
    }
}
