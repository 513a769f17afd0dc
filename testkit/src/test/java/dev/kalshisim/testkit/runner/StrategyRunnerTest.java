package dev.kalshisim.testkit.runner;

import static dev.kalshisim.testkit.runner.RunnerHarness.SECOND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.runtime.RunResult;
import dev.kalshisim.core.runtime.RunStartException;
import dev.kalshisim.core.runtime.StrategyRunner;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookUpdate;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.FillEvent;
import dev.kalshisim.core.strategy.MarketLifecycleEvent;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.Rejection;
import dev.kalshisim.core.strategy.StrategyEvent;
import dev.kalshisim.core.strategy.TimerEvent;
import dev.kalshisim.core.strategy.TradeEvent;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.core.wire.stream.MarketLifecycleUpdate;
import dev.kalshisim.testkit.TestVenue;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The runner on its own thread against the in-memory venue: start-up reconciliation, the order of
 * fills and updates, refusals, cancels in flight, reconnects, shutdown, market data and threads.
 */
@Timeout(30)
class StrategyRunnerTest {

    private static final String T = "KXTEST-26-T50";
    private final RunnerHarness harness = new RunnerHarness();

    @AfterEach
    void stopRunner() throws Exception {
        harness.close();
    }

    @Test
    void startReconcilesPositionsThenHandsTheStrategyTheOrdersAlreadyResting() {
        harness.venue.position(T, Count.ofContracts(5));
        harness.venue.rest("ord-9", "old-1", T, BookSide.BID, Price.ofCents(40), Count.ofContracts(3));
        harness.strategy.onStart(context -> harness.strategy.note("position " + context.position(T)));

        harness.start();

        OrderUpdate adopted = harness.awaitUpdate("old-1", OrderState.RESTING);
        assertThat(harness.strategy.log()).containsExactly("position 5.00");
        assertThat(adopted.orderId()).isEqualTo("ord-9");
        assertThat(adopted.remaining()).isEqualTo(Count.ofContracts(3));
        assertThat(adopted.yesPrice()).isEqualTo(Price.ofCents(40));
    }

    @Test
    void aSubmittedOrderGoesOutWithThisRunsClientOrderIdAndComesBackResting() {
        harness.strategy.onStart(context -> context.submit(
                OrderRequest.bid(T, Price.ofCents(45), Count.ofContracts(2)).withPostOnly(true)));

        harness.start();

        OrderUpdate resting = harness.awaitUpdate("run1-1", OrderState.RESTING);
        assertThat(resting.orderId()).isEqualTo("ord-1");
        CreateOrderV2Request sent = (CreateOrderV2Request) harness.venue.calls("create").get(0).body();
        assertThat(sent.clientOrderId()).isEqualTo("run1-1");
        assertThat(sent.side()).isEqualTo(BookSide.BID);
        assertThat(sent.price()).isEqualTo(Price.ofCents(45));
        assertThat(sent.postOnly()).isTrue();
        assertThat(harness.runner().summary().ordersPlaced()).isEqualTo(1);
    }

    @Test
    void theFillComesBeforeTheOrderUpdateEvenWhenTheVenueReportsTheOrderFirst() {
        placeOneBid();

        TestVenue.News news = harness.venue.fillSilently("ord-1", Count.ofContracts(1));
        harness.venue.sink().onUserOrder(news.order());
        harness.venue.sink().onFill(news.fill());

        OrderUpdate partial = harness.awaitUpdate("run1-1", OrderState.PARTIALLY_FILLED);
        List<StrategyEvent> events = harness.strategy.events();
        assertThat(events.indexOf(partial)).isEqualTo(events.size() - 1);
        FillEvent fill = (FillEvent) events.get(events.size() - 2);
        assertThat(fill.clientOrderId()).isEqualTo("run1-1");
        assertThat(fill.postPosition()).isEqualTo(Count.ofContracts(1));
        assertThat(partial.filled()).isEqualTo(Count.ofContracts(1));
        assertThat(partial.remaining()).isEqualTo(Count.ofContracts(1));
    }

    @Test
    void aFillAloneMovesTheOrderOnAndTheLateVenueReportAddsNothing() {
        placeOneBid();

        TestVenue.News news = harness.venue.fillSilently("ord-1", Count.ofContracts(2));
        harness.venue.sink().onFill(news.fill());
        harness.awaitUpdate("run1-1", OrderState.FILLED);
        harness.venue.sink().onUserOrder(news.order());
        harness.venue.sink().onFill(news.fill());
        harness.venue.book(BookView.empty(T));

        Eventually.until(() -> !harness.strategy.events(BookUpdate.class).isEmpty(), () -> "the book after the news");
        assertThat(harness.strategy.events(FillEvent.class)).hasSize(1);
        assertThat(harness.strategy.events(OrderUpdate.class)).extracting(OrderUpdate::state)
                .containsExactly(OrderState.RESTING, OrderState.FILLED);
        assertThat(harness.runner().summary().fills()).isEqualTo(1);
    }

    @Test
    void anUpdateWhoseFillNeverArrivesIsDeliveredAfterTheHoldTime() {
        placeOneBid();

        harness.venue.sink().onUserOrder(harness.venue.fillSilently("ord-1", Count.ofContracts(2)).order());

        Eventually.until(() -> {
            harness.clock.advanceBy(harness.settings().fillHoldNanos());
            return harness.strategy.events(OrderUpdate.class).size() == 2;
        }, () -> "the held update; got " + harness.strategy.events());
        assertThat(harness.strategy.events(OrderUpdate.class).get(1).state()).isEqualTo(OrderState.FILLED);
        assertThat(harness.strategy.events(FillEvent.class)).isEmpty();
    }

    @Test
    void aRefusedCreateBecomesARejectedUpdateAndTheRunGoesOn() {
        harness.venue.rejectCreates(Rejection.of("invalid_parameters", 400, "price off the tick grid"));
        harness.strategy.onStart(context -> {
            context.subscribe(List.of(T));
            context.submit(OrderRequest.bid(T, Price.ofCents(45), Count.ofContracts(1)));
        });

        harness.start();

        OrderUpdate rejected = harness.awaitUpdate("run1-1", OrderState.REJECTED);
        assertThat(rejected.reason()).contains("invalid_parameters", "price off the tick grid");
        assertThat(rejected.rejection()).isEqualTo(Rejection.of("invalid_parameters", 400, "price off the tick grid"));
        harness.venue.book(BookView.empty(T));
        Eventually.until(() -> !harness.strategy.events(BookUpdate.class).isEmpty(), () -> "an event after the failure");
        assertThat(harness.runner().summary().ordersRejected()).isEqualTo(1);
    }

    @Test
    void aCancelSentWhileTheCreateIsInFlightWaitsForTheVenuesOrderId() throws Exception {
        harness.venue.holdAnswers(true);
        harness.strategy.onStart(context -> {
            String id = context.submit(OrderRequest.bid(T, Price.ofCents(45), Count.ofContracts(1)));
            context.cancel(id);
        });

        harness.start();
        Eventually.until(() -> harness.venue.calls("create").size() == 1, () -> "the create");
        assertThat(harness.venue.calls("cancel")).isEmpty();

        harness.venue.calls("create").get(0).release();
        Eventually.until(() -> harness.venue.calls("cancel").size() == 1, () -> "the cancel after the answer");
        assertThat(harness.venue.calls("cancel").get(0).orderId()).isEqualTo("ord-1");
        harness.venue.calls("cancel").get(0).release();
        harness.awaitUpdate("run1-1", OrderState.CANCELED);
    }

    @Test
    void aCancelThatLostARaceEndsWithTheVenuesOwnRecordOfTheOrder() {
        placeOneBid();
        harness.venue.holdAnswers(true);
        harness.strategy.onEvent((context, event) -> {
            if (event instanceof BookUpdate) {
                context.cancel("run1-1");
            }
        });
        harness.venue.book(BookView.empty(T));
        Eventually.until(() -> harness.venue.calls("cancel").size() == 1, () -> "the cancel");

        // The venue had cancelled the order already; its message is still on the way.
        harness.venue.silently(() -> harness.venue.cancelByVenue("ord-1"));
        harness.venue.calls("cancel").get(0).refuse(Rejection.of("not_found", 404, "order not found"));

        harness.awaitUpdate("run1-1", OrderState.CANCELED);
    }

    @Test
    void afterAReconnectPositionsAndOrdersAreReadAgainAndWhatWasMissedDelivered() {
        placeOneBid();
        // While the stream was down the position changed and the venue cancelled the order.
        harness.venue.position(T, Count.ofContracts(2));
        harness.venue.silently(() -> harness.venue.cancelByVenue("ord-1"));
        harness.strategy.onEvent((context, event) -> {
            if (event instanceof OrderUpdate update && update.state() == OrderState.CANCELED) {
                harness.strategy.note("position " + context.position(T));
            }
        });

        harness.venue.reconnect();

        harness.awaitUpdate("run1-1", OrderState.CANCELED);
        assertThat(harness.strategy.log()).containsExactly("position 2.00");
    }

    @Test
    void stopCancelsTheOpenOrdersAndWaitsForTheCancelsToBeConfirmed() throws Exception {
        StrategyRunner runner = placeOneBid();
        harness.venue.holdAnswers(true);

        runner.stop();
        Eventually.until(() -> harness.venue.calls("cancel").size() == 1, () -> "the shutdown cancel");
        assertThat(runner.termination()).isNotDone();
        assertThat(harness.strategy.stopped()).isTrue();
        harness.venue.calls("cancel").get(0).release();

        RunResult summary = runner.termination().get(10, TimeUnit.SECONDS);
        assertThat(summary.ordersCanceled()).isEqualTo(1);
        assertThat(summary.openOrdersLeft()).isZero();
        assertThat(harness.venue.closed()).isTrue();
        // Applied after the strategy stopped: its bookkeeping sees the cancel, its callbacks do not.
        assertThat(harness.strategy.events(OrderUpdate.class)).extracting(OrderUpdate::state)
                .containsExactly(OrderState.RESTING);
    }

    @Test
    void stopGivesUpOnCancelsThatAreNeverConfirmed() throws Exception {
        StrategyRunner runner = placeOneBid();
        harness.venue.holdAnswers(true);

        runner.stop();
        Eventually.until(() -> harness.venue.calls("cancel").size() == 1, () -> "the shutdown cancel");
        Eventually.until(() -> {
            harness.clock.advanceBy(harness.settings().shutdownTimeoutNanos());
            return runner.termination().isDone();
        }, () -> "the shutdown deadline");

        assertThat(runner.termination().get().openOrdersLeft()).isEqualTo(1);
    }

    @Test
    void marketDataReachesTheStrategyOnlyForItsMarkets() {
        harness.strategy.onStart(context -> context.subscribe(List.of(T)));
        harness.start();
        Eventually.until(() -> harness.venue.subscriptions().contains(Set.of(T)), () -> "the subscription");

        BookView book = new BookView(T, List.of(BookLevel.of(Price.ofCents(44), Count.ofContracts(5))),
                List.of(BookLevel.of(Price.ofCents(54), Count.ofContracts(7))));
        harness.venue.book(BookView.empty("OTHER"));
        harness.venue.trade("OTHER", Price.ofCents(50), Count.ofContracts(1), BookSide.BID);
        harness.venue.lifecycle(determined("OTHER", MarketResult.NO));
        harness.venue.book(book);
        harness.venue.trade(T, Price.ofCents(46), Count.ofContracts(3), BookSide.BID);
        harness.venue.lifecycle(determined(T, MarketResult.YES));

        Eventually.until(() -> harness.strategy.events().size() == 3, () -> "three events; got "
                + harness.strategy.events());
        List<StrategyEvent> events = harness.strategy.events();
        assertThat(((BookUpdate) events.get(0)).book()).isEqualTo(book);
        TradeEvent trade = (TradeEvent) events.get(1);
        assertThat(trade.yesPrice()).isEqualTo(Price.ofCents(46));
        assertThat(trade.takerBookSide()).isEqualTo(BookSide.BID);
        MarketLifecycleEvent determined = (MarketLifecycleEvent) events.get(2);
        assertThat(determined.kind()).isEqualTo(MarketLifecycleEvent.Kind.DETERMINED);
        assertThat(determined.result()).isEqualTo(MarketResult.YES);
    }

    @Test
    void timersAndEveryCallbackRunOnTheRunnersOneThreadInTimestampOrder() {
        harness.strategy.onStart(context -> {
            context.subscribe(List.of(T));
            context.scheduleTimer("tick", context.clock().nowNanos() + SECOND);
        });
        harness.start();
        harness.venue.book(BookView.empty(T));

        Eventually.until(() -> {
            harness.clock.advanceBy(SECOND);
            return !harness.strategy.events(TimerEvent.class).isEmpty();
        }, () -> "the timer");

        assertThat(harness.strategy.threads()).hasSize(1).allMatch(name -> name.startsWith("runner-"));
        long previous = Long.MIN_VALUE;
        for (StrategyEvent event : harness.strategy.events()) {
            assertThat(event.tsNanos()).isGreaterThanOrEqualTo(previous);
            previous = event.tsNanos();
        }
    }

    @Test
    void startFailsWithOneLineSayingWhichStepFailed() {
        harness.venue.unreachable("GET /portfolio/balance: connection refused");

        assertThatThrownBy(harness::start).isInstanceOf(RunStartException.class)
                .hasMessage("reading the balance failed: GET /portfolio/balance: connection refused");
        assertThat(harness.runner().termination()).isCompletedExceptionally();
    }

    /** Starts a strategy that subscribes to T and bids 2 at 45c on start; returns once the bid rests. */
    private StrategyRunner placeOneBid() {
        harness.strategy.onStart(context -> {
            context.subscribe(List.of(T));
            context.submit(OrderRequest.bid(T, Price.ofCents(45), Count.ofContracts(2)));
        });
        StrategyRunner runner = harness.start();
        harness.awaitUpdate("run1-1", OrderState.RESTING);
        return runner;
    }

    private static MarketLifecycleUpdate determined(String ticker, MarketResult result) {
        return new MarketLifecycleUpdate(MarketLifecycleUpdate.DETERMINED, ticker, null, null, null, result, null,
                result == MarketResult.YES ? Price.ONE : Price.ZERO, null, null, null, null, null, null, null, null,
                null, null);
    }
}
