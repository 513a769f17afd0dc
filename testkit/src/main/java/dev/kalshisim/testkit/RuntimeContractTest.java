package dev.kalshisim.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.runtime.BlackoutSchedule;
import dev.kalshisim.core.runtime.RunResult;
import dev.kalshisim.core.runtime.RunnerSettings;
import dev.kalshisim.core.runtime.StrategyRunner;
import dev.kalshisim.core.strategy.FillEvent;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every runtime must do the same on every venue: the contract of core's {@link
 * StrategyRunner} with a venue behind its ports. One subclass per venue supplies the hooks: the
 * test kit's in-memory venue on a virtual clock, the live venue against the simulator, and (later)
 * the backtest.
 *
 * <p>The hooks:
 * <ul>
 *   <li>{@link #openMarket()}: a fresh market open for trading (and, where accounts are shared, a
 *       fresh account), called first by every test;
 *   <li>{@link #createRunner}: a runner of a strategy on the venue, its loop and its clock;
 *   <li>{@link #fillAtVenue}: someone trades against a resting order of the run;
 *   <li>{@link #refusedOrder}: an order the venue will refuse, and the code and status it refuses with;
 *   <li>{@link #runUntil}: drives the run (advances virtual time, or waits on the wall clock) until
 *       a condition holds;
 *   <li>{@link #clock()}: the runner's clock, for blackout windows around now.
 * </ul>
 *
 * <p>Tests place a bid well below any other order, so nothing trades unless {@link #fillAtVenue}
 * says so.
 */
public abstract class RuntimeContractTest {

    /** The client order id prefix of every run here; client order ids are {@code contract-1, contract-2, ...}. */
    protected static final String PREFIX = "contract";

    private static final long HOUR = 3_600_000_000_000L;
    private static final Count TWO = Count.ofContracts(2);
    private static final Price BID = Price.ofCents(20);

    private final List<StrategyRunner> runners = new ArrayList<>();

    // ---- the hooks -------------------------------------------------------------------------------

    /** A market open for trading on a fresh venue (or account), for one test. */
    protected abstract String openMarket() throws Exception;

    /** A runner of {@code strategy} on the venue, with {@code settings}, not started. */
    protected abstract StrategyRunner createRunner(Strategy strategy, RunnerSettings settings);

    /** Someone trades {@code count} against the run's resting order {@code resting} at its price. */
    protected abstract void fillAtVenue(OrderUpdate resting, Count count) throws Exception;

    /**
     * An order in {@code ticker} the venue will refuse, with the refusal expected; the hook may
     * also arrange the refusal at the venue.
     */
    protected abstract Refusal refusedOrder(String ticker);

    /**
     * Drives the run until {@code condition} holds: advances virtual time, or waits on the wall
     * clock. Fails the test, saying {@code what} was awaited, if it never does.
     */
    protected abstract void runUntil(BooleanSupplier condition, Supplier<String> what);

    /** The runners' clock. */
    protected abstract Clock clock();

    /**
     * An order the venue refuses, and how.
     *
     * @param order      the order to submit
     * @param code       the Kalshi error code expected in the rejection
     * @param httpStatus the HTTP status expected in the rejection
     */
    public record Refusal(OrderRequest order, String code, int httpStatus) {
    }

    // ---- the contract ----------------------------------------------------------------------------

    @Test
    void startReturnsAtOnceAndThenTheStrategyIsStarted() throws Exception {
        openMarket();
        RecordingStrategy strategy = new RecordingStrategy();
        strategy.onStart(context -> strategy.note("started with cash " + context.balance().isPositive()));
        StrategyRunner runner = runner(strategy, settings());

        var started = runner.start();

        runUntil(() -> started.isDone() && !strategy.log().isEmpty(), () -> "the strategy's start");
        assertThat(started).isCompletedWithValue(null);
        assertThat(strategy.log()).containsExactly("started with cash true");
    }

    @Test
    void aSubmittedOrderIsAcceptedAndRestsWithTheRunsClientOrderId() throws Exception {
        String market = openMarket();
        RecordingStrategy strategy = bidOnStart(market);
        StrategyRunner runner = started(strategy, settings());

        OrderUpdate resting = awaitUpdate(strategy, PREFIX + "-1", OrderState.RESTING);

        assertThat(resting.orderId()).isNotBlank();
        assertThat(resting.ticker()).isEqualTo(market);
        assertThat(resting.yesPrice()).isEqualTo(BID);
        assertThat(resting.remaining()).isEqualTo(TWO);
        assertThat(resting.rejection()).isNull();
        // Live, the order's WebSocket news may overtake its REST answer: the count follows the answer.
        runUntil(() -> runner.summary().ordersPlaced() == 1, () -> "the create's answer to be counted");
        assertThat(runner.summary().ordersPlaced()).isEqualTo(1);
    }

    @Test
    void aFillAtTheVenueReachesTheStrategyAsAFillThenTheOrderAndMovesThePosition() throws Exception {
        String market = openMarket();
        RecordingStrategy strategy = bidOnStart(market);
        strategy.onEvent((context, event) -> {
            if (event instanceof OrderUpdate update && update.state() == OrderState.PARTIALLY_FILLED) {
                strategy.note("position " + context.position(market));
            }
        });
        started(strategy, settings());
        OrderUpdate resting = awaitUpdate(strategy, PREFIX + "-1", OrderState.RESTING);

        fillAtVenue(resting, Count.ofContracts(1));

        OrderUpdate partial = awaitUpdate(strategy, PREFIX + "-1", OrderState.PARTIALLY_FILLED);
        FillEvent fill = single(strategy.events(FillEvent.class));
        assertThat(fill.clientOrderId()).isEqualTo(PREFIX + "-1");
        assertThat(fill.side()).isEqualTo(BookSide.BID);
        assertThat(fill.count()).isEqualTo(Count.ofContracts(1));
        assertThat(fill.postPosition()).isEqualTo(Count.ofContracts(1));
        assertThat(strategy.events().indexOf(fill)).isLessThan(strategy.events().indexOf(partial));
        assertThat(partial.filled()).isEqualTo(Count.ofContracts(1));
        assertThat(partial.remaining()).isEqualTo(Count.ofContracts(1));
        assertThat(strategy.log()).containsExactly("position 1.00");
    }

    @Test
    void aCancelEndsTheOrderCanceled() throws Exception {
        String market = openMarket();
        RecordingStrategy strategy = bidOnStart(market);
        strategy.onEvent((context, event) -> {
            if (event instanceof OrderUpdate update && update.state() == OrderState.RESTING) {
                context.cancel(update.id());
            }
        });
        StrategyRunner runner = started(strategy, settings());

        OrderUpdate canceled = awaitUpdate(strategy, PREFIX + "-1", OrderState.CANCELED);

        assertThat(canceled.remaining()).isEqualTo(Count.ZERO);
        assertThat(runner.summary().cancelsSent()).isEqualTo(1);
        assertThat(runner.summary().ordersCanceled()).isEqualTo(1);
    }

    @Test
    void aRefusalReachesTheStrategyAsARejectionWithTheVenuesCodeAndStatus() throws Exception {
        String market = openMarket();
        Refusal refusal = refusedOrder(market);
        RecordingStrategy strategy = new RecordingStrategy();
        strategy.onStart(context -> context.submit(refusal.order()));
        StrategyRunner runner = started(strategy, settings());

        OrderUpdate rejected = awaitUpdate(strategy, PREFIX + "-1", OrderState.REJECTED);

        assertThat(rejected.rejection()).isNotNull();
        assertThat(rejected.rejection().code()).isEqualTo(refusal.code());
        assertThat(rejected.rejection().httpStatus()).isEqualTo(refusal.httpStatus());
        assertThat(rejected.reason()).contains(refusal.code());
        assertThat(runner.summary().ordersRejected()).isEqualTo(1);
    }

    @Test
    void shutdownCancelsTheOpenOrdersBeforeTheRunEnds() throws Exception {
        String market = openMarket();
        RecordingStrategy strategy = bidOnStart(market);
        StrategyRunner runner = started(strategy, settings());
        awaitUpdate(strategy, PREFIX + "-1", OrderState.RESTING);

        runner.stop();
        runUntil(() -> runner.termination().isDone(), () -> "the end of the run");

        RunResult result = runner.termination().join();
        assertThat(strategy.stopped()).isTrue();
        assertThat(result.cancelsSent()).isEqualTo(1);
        assertThat(result.ordersCanceled()).isEqualTo(1);
        assertThat(result.openOrdersLeft()).isZero();
    }

    @Test
    void insideABlackoutWindowANewOrderIsRefusedLocallyAndNeverReachesTheVenue() throws Exception {
        String market = openMarket();
        long now = clock().nowNanos();
        RunnerSettings settings = settings().withBlackout(
                BlackoutSchedule.of(List.of(new BlackoutSchedule.Window(now - HOUR, now + HOUR))));
        RecordingStrategy strategy = bidOnStart(market);
        StrategyRunner runner = started(strategy, settings);

        OrderUpdate refused = awaitUpdate(strategy, PREFIX + "-1", OrderState.REJECTED);

        assertThat(refused.reason()).isEqualTo("blackout");
        assertThat(refused.rejection()).as("a local refusal carries no venue rejection").isNull();
        assertThat(runner.summary().blackoutRejected()).isEqualTo(1);
        assertThat(runner.summary().ordersSubmitted()).isZero();
    }

    @Test
    void theRunResultCountsWhatTheRunDid() throws Exception {
        String market = openMarket();
        RecordingStrategy strategy = bidOnStart(market);
        StrategyRunner runner = started(strategy, settings());
        OrderUpdate resting = awaitUpdate(strategy, PREFIX + "-1", OrderState.RESTING);
        fillAtVenue(resting, Count.ofContracts(1));
        awaitUpdate(strategy, PREFIX + "-1", OrderState.PARTIALLY_FILLED);

        runner.stop();
        runUntil(() -> runner.termination().isDone(), () -> "the end of the run");

        RunResult result = runner.termination().join();
        assertThat(result.ordersSubmitted()).isEqualTo(1);
        assertThat(result.ordersPlaced()).isEqualTo(1);
        assertThat(result.fills()).isEqualTo(1);
        assertThat(result.contractsFilled()).isEqualTo(Count.ofContracts(1));
        assertThat(result.cancelsSent()).isEqualTo(1);
        assertThat(result.ordersCanceled()).isEqualTo(1);
        assertThat(result.ordersRejected()).isZero();
        assertThat(result.openOrdersLeft()).isZero();
        assertThat(result.loopFailures()).isZero();
        assertThat(result.callbackFailures()).isZero();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** The settings of a run here: this class's client order id prefix, no blackout. */
    protected RunnerSettings settings() {
        return RunnerSettings.defaults().withClientOrderIdPrefix(PREFIX);
    }

    @AfterEach
    void stopRunners() {
        for (StrategyRunner runner : runners) {
            runner.stop();
            runUntil(() -> runner.termination().isDone(), () -> "the runner to stop");
        }
    }

    private StrategyRunner runner(Strategy strategy, RunnerSettings settings) {
        StrategyRunner runner = createRunner(strategy, settings);
        runners.add(runner);
        return runner;
    }

    private StrategyRunner started(Strategy strategy, RunnerSettings settings) {
        StrategyRunner runner = runner(strategy, settings);
        var started = runner.start();
        runUntil(started::isDone, () -> "the runner's start");
        assertThat(started).isCompletedWithValue(null);
        return runner;
    }

    /** A strategy that bids 2 at 20c in {@code market} on start. */
    private static RecordingStrategy bidOnStart(String market) {
        RecordingStrategy strategy = new RecordingStrategy();
        strategy.onStart(context -> {
            context.subscribe(List.of(market));
            context.submit(OrderRequest.bid(market, BID, TWO));
        });
        return strategy;
    }

    private OrderUpdate awaitUpdate(RecordingStrategy strategy, String id, OrderState state) {
        runUntil(() -> find(strategy, id, state) != null,
                () -> "an update of " + id + " to " + state + " (got " + strategy.events() + ")");
        return find(strategy, id, state);
    }

    private static OrderUpdate find(RecordingStrategy strategy, String id, OrderState state) {
        for (OrderUpdate update : strategy.events(OrderUpdate.class)) {
            if ((id.equals(update.clientOrderId()) || id.equals(update.orderId())) && update.state() == state) {
                return update;
            }
        }
        return null;
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
