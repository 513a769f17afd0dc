package dev.kalshisim.kalshi.live;

import static dev.kalshisim.kalshi.live.RunnerHarness.SECOND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.kalshi.client.KalshiApiException;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookUpdate;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.FillEvent;
import dev.kalshisim.core.strategy.MarketLifecycleEvent;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.StrategyEvent;
import dev.kalshisim.core.strategy.TimerEvent;
import dev.kalshisim.core.strategy.TradeEvent;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.core.wire.CancelOrderV2Response;
import dev.kalshisim.core.wire.CreateOrderV2Response;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class LiveRunnerTest {

    private static final String T = "KXTEST-26-T50";
    private final RunnerHarness harness = new RunnerHarness();

    @AfterEach
    void stopRunner() throws Exception {
        harness.close();
    }

    @Test
    void startReconcilesPositionsThenHandsTheStrategyTheOrdersAlreadyResting() {
        harness.account.positions(List.of(Messages.position(T, 5)))
                .resting(List.of(Messages.restingBid("ord-9", "old-1", T, 40, 3)));
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
        CreateOrderV2Request sent = (CreateOrderV2Request) harness.gateway.calls("create").get(0).body();
        assertThat(sent.clientOrderId()).isEqualTo("run1-1");
        assertThat(sent.side()).isEqualTo(BookSide.BID);
        assertThat(sent.price()).isEqualTo(Price.ofCents(45));
        assertThat(sent.postOnly()).isTrue();
        assertThat(harness.runner().summary().ordersPlaced()).isEqualTo(1);
    }

    @Test
    void theFillComesBeforeTheOrderUpdateEvenWhenTheVenueReportsTheOrderFirst() {
        placeOneBid();

        harness.stream.sink().onUserOrder(Messages.userOrder("ord-1", "run1-1", T, OrderStatus.RESTING, 45, 1, 1, 0));
        harness.stream.sink().onFill(Messages.fill("trade-1", "ord-1", "run1-1", T, 45, 1, 1));

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

        harness.stream.sink().onFill(Messages.fill("trade-1", "ord-1", "run1-1", T, 45, 2, 2));
        harness.awaitUpdate("run1-1", OrderState.FILLED);
        harness.stream.sink().onUserOrder(Messages.userOrder("ord-1", "run1-1", T, OrderStatus.EXECUTED, 45, 2, 0, 0));
        harness.stream.sink().onFill(Messages.fill("trade-1", "ord-1", "run1-1", T, 45, 2, 2));
        harness.stream.book(BookView.empty(T));

        Eventually.until(() -> !harness.strategy.events(BookUpdate.class).isEmpty(), () -> "the book after the news");
        assertThat(harness.strategy.events(FillEvent.class)).hasSize(1);
        assertThat(harness.strategy.events(OrderUpdate.class)).extracting(OrderUpdate::state)
                .containsExactly(OrderState.RESTING, OrderState.FILLED);
        assertThat(harness.runner().summary().fills()).isEqualTo(1);
    }

    @Test
    void anUpdateWhoseFillNeverArrivesIsDeliveredAfterTheHoldTime() {
        placeOneBid();

        harness.stream.sink().onUserOrder(Messages.userOrder("ord-1", "run1-1", T, OrderStatus.EXECUTED, 45, 2, 0, 0));

        Eventually.until(() -> {
            harness.clock.advanceBy(harness.settings().fillHoldNanos());
            return harness.strategy.events(OrderUpdate.class).size() == 2;
        }, () -> "the held update; got " + harness.strategy.events());
        assertThat(harness.strategy.events(OrderUpdate.class).get(1).state()).isEqualTo(OrderState.FILLED);
        assertThat(harness.strategy.events(FillEvent.class)).isEmpty();
    }

    @Test
    void aRefusedCreateBecomesARejectedUpdateAndTheRunGoesOn() {
        harness.gateway.failCreatesWith(new KalshiApiException(400, "invalid_parameters", "price off the tick grid",
                null, "POST", "/portfolio/events/orders"));
        harness.strategy.onStart(context -> {
            context.subscribe(List.of(T));
            context.submit(OrderRequest.bid(T, Price.ofCents(45), Count.ofContracts(1)));
        });

        harness.start();

        OrderUpdate rejected = harness.awaitUpdate("run1-1", OrderState.REJECTED);
        assertThat(rejected.reason()).contains("invalid_parameters", "price off the tick grid");
        harness.stream.book(BookView.empty(T));
        Eventually.until(() -> !harness.strategy.events(BookUpdate.class).isEmpty(), () -> "an event after the failure");
        assertThat(harness.runner().summary().ordersRejected()).isEqualTo(1);
    }

    @Test
    void aCancelSentWhileTheCreateIsInFlightWaitsForTheVenuesOrderId() throws Exception {
        harness.gateway.holdAnswers(true);
        harness.strategy.onStart(context -> {
            String id = context.submit(OrderRequest.bid(T, Price.ofCents(45), Count.ofContracts(1)));
            context.cancel(id);
        });

        harness.start();
        Eventually.until(() -> harness.gateway.calls("create").size() == 1, () -> "the create");
        assertThat(harness.gateway.calls("cancel")).isEmpty();

        harness.gateway.calls("create").get(0).answer()
                .complete(new CreateOrderV2Response("ord-7", "run1-1", Count.ZERO, Count.ofContracts(1), null, null, 0L));
        Eventually.until(() -> harness.gateway.calls("cancel").size() == 1, () -> "the cancel after the answer");
        assertThat(harness.gateway.calls("cancel").get(0).orderId()).isEqualTo("ord-7");
        harness.gateway.calls("cancel").get(0).answer()
                .complete(new CancelOrderV2Response("ord-7", "run1-1", Count.ofContracts(1), 0L));
        harness.awaitUpdate("run1-1", OrderState.CANCELED);
    }

    @Test
    void aCancelThatLostARaceEndsWithTheVenuesOwnRecordOfTheOrder() {
        harness.account.order(Messages.order("ord-1", "run1-1", T, OrderStatus.CANCELED, 45, 0, 0));
        placeOneBid();
        harness.gateway.holdAnswers(true);
        harness.strategy.onEvent((context, event) -> {
            if (event instanceof BookUpdate) {
                context.cancel("run1-1");
            }
        });
        harness.stream.book(BookView.empty(T));
        Eventually.until(() -> harness.gateway.calls("cancel").size() == 1, () -> "the cancel");

        harness.gateway.calls("cancel").get(0).answer().completeExceptionally(new KalshiApiException(404, "not_found",
                "order not found", null, "DELETE", "/portfolio/events/orders/ord-1"));

        harness.awaitUpdate("run1-1", OrderState.CANCELED);
    }

    @Test
    void afterAReconnectPositionsAndOrdersAreReadAgainAndWhatWasMissedDelivered() {
        placeOneBid();
        harness.account.positions(List.of(Messages.position(T, 2)))
                .order(Messages.order("ord-1", "run1-1", T, OrderStatus.CANCELED, 45, 0, 0));
        harness.strategy.onEvent((context, event) -> {
            if (event instanceof OrderUpdate update && update.state() == OrderState.CANCELED) {
                harness.strategy.note("position " + context.position(T));
            }
        });

        harness.stream.sink().onReconnected();

        harness.awaitUpdate("run1-1", OrderState.CANCELED);
        assertThat(harness.strategy.log()).containsExactly("position 2.00");
    }

    @Test
    void stopCancelsTheOpenOrdersAndWaitsForTheCancelsToBeConfirmed() throws Exception {
        LiveRunner runner = placeOneBid();
        harness.gateway.holdAnswers(true);

        runner.stop();
        Eventually.until(() -> harness.gateway.calls("cancel").size() == 1, () -> "the shutdown cancel");
        assertThat(runner.termination()).isNotDone();
        assertThat(harness.strategy.stopped()).isTrue();
        harness.gateway.calls("cancel").get(0).answer()
                .complete(new CancelOrderV2Response("ord-1", "run1-1", Count.ofContracts(2), 0L));

        LiveSummary summary = runner.termination().get(10, TimeUnit.SECONDS);
        assertThat(summary.ordersCanceled()).isEqualTo(1);
        assertThat(summary.openOrdersLeft()).isZero();
        assertThat(harness.stream.closed()).isTrue();
        // Applied after the strategy stopped: its bookkeeping sees the cancel, its callbacks do not.
        assertThat(harness.strategy.events(OrderUpdate.class)).extracting(OrderUpdate::state)
                .containsExactly(OrderState.RESTING);
    }

    @Test
    void stopGivesUpOnCancelsThatAreNeverConfirmed() throws Exception {
        LiveRunner runner = placeOneBid();
        harness.gateway.holdAnswers(true);

        runner.stop();
        Eventually.until(() -> harness.gateway.calls("cancel").size() == 1, () -> "the shutdown cancel");
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
        Eventually.until(() -> harness.stream.subscriptions().contains(Set.of(T)), () -> "the subscription");

        BookView book = new BookView(T, List.of(BookLevel.of(Price.ofCents(44), Count.ofContracts(5))),
                List.of(BookLevel.of(Price.ofCents(54), Count.ofContracts(7))));
        harness.stream.book(BookView.empty("OTHER"));
        harness.stream.sink().onTrade(Messages.trade("t-0", "OTHER", 50, 1));
        harness.stream.sink().onLifecycle(Messages.determined("OTHER", MarketResult.NO));
        harness.stream.book(book);
        harness.stream.sink().onTrade(Messages.trade("t-1", T, 46, 3));
        harness.stream.sink().onLifecycle(Messages.determined(T, MarketResult.YES));

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
        harness.stream.book(BookView.empty(T));

        Eventually.until(() -> {
            harness.clock.advanceBy(SECOND);
            return !harness.strategy.events(TimerEvent.class).isEmpty();
        }, () -> "the timer");

        assertThat(harness.strategy.threads()).hasSize(1).allMatch(name -> name.startsWith("kalshi-live-"));
        long previous = Long.MIN_VALUE;
        for (StrategyEvent event : harness.strategy.events()) {
            assertThat(event.tsNanos()).isGreaterThanOrEqualTo(previous);
            previous = event.tsNanos();
        }
    }

    @Test
    void startFailsWithOneLineSayingWhichStepFailed() {
        harness.account.unreachable();

        assertThatThrownBy(harness::start).isInstanceOf(LiveStartException.class)
                .hasMessage("reading the balance failed: GET /portfolio/balance: connection refused");
        assertThat(harness.runner().termination()).isCompletedExceptionally();
    }

    /** Starts a strategy that subscribes to T and bids 2 at 45c on start; returns once the bid rests. */
    private LiveRunner placeOneBid() {
        harness.strategy.onStart(context -> {
            context.subscribe(List.of(T));
            context.submit(OrderRequest.bid(T, Price.ofCents(45), Count.ofContracts(2)));
        });
        LiveRunner runner = harness.start();
        harness.awaitUpdate("run1-1", OrderState.RESTING);
        return runner;
    }
}
