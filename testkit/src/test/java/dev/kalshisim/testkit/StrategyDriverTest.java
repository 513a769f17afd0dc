package dev.kalshisim.testkit;

import dev.kalshisim.core.strategy.AmendOrder;
import dev.kalshisim.core.strategy.CancelAllOrders;
import dev.kalshisim.core.strategy.CancelOrder;
import dev.kalshisim.core.strategy.DecreaseOrder;
import dev.kalshisim.core.strategy.FillEvent;
import dev.kalshisim.core.strategy.MarketLifecycleEvent;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.StrategyDriver;
import dev.kalshisim.core.strategy.StrategyEvent;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.core.strategy.SubmitBatch;
import dev.kalshisim.core.strategy.SubmitOrder;
import dev.kalshisim.core.strategy.SubscribeMarkets;
import dev.kalshisim.core.strategy.TimerEvent;
import dev.kalshisim.core.strategy.TradeEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.testkit.StrategyTestKit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class StrategyDriverTest {

    private static final long SECOND = 1_000_000_000L;
    private static final Count ONE = Count.ofContracts(1);

    private final ScriptedStrategy strategy = new ScriptedStrategy();
    private final StrategyTestKit kit = new StrategyTestKit(strategy);

    @Test
    void submitReturnsAClientOrderIdAndTheAnswerComesLater() {
        List<OrderState> seenInCallback = new ArrayList<>();
        strategy.onStart = context -> {
            String id = context.submit(OrderRequest.bid("T", Price.ofCents(40), ONE));
            // Still inside the callback: nothing answered yet.
            seenInCallback.add(context.openOrders("T").get(0).state());
            assertThat(id).isEqualTo("test-1");
        };

        kit.start();

        assertThat(seenInCallback).containsExactly(OrderState.SUBMITTED);
        assertThat(kit.commands(SubmitOrder.class)).singleElement()
                .satisfies(submit -> assertThat(submit.clientOrderId()).isEqualTo("test-1"));
        assertThat(strategy.received).singleElement().isInstanceOfSatisfying(OrderUpdate.class,
                update -> assertThat(update.state()).isEqualTo(OrderState.RESTING));
        assertThat(kit.openOrders("T")).singleElement().satisfies(order -> {
            assertThat(order.state()).isEqualTo(OrderState.RESTING);
            assertThat(order.orderId()).isEqualTo("order-1");
            assertThat(order.clientOrderId()).isEqualTo("test-1");
        });
    }

    @Test
    void fillsSetThePositionAndFinishedOrdersLeaveTheBook() {
        strategy.onStart = context -> context.submit(OrderRequest.ask("T", Price.ofCents(60), Count.ofContracts(3)));
        kit.start();

        kit.fill("test-1", Count.ofContracts(1));
        assertThat(kit.position("T")).isEqualTo(Count.ofContracts(-1));
        assertThat(kit.openOrders("T")).singleElement().satisfies(order -> {
            assertThat(order.state()).isEqualTo(OrderState.PARTIALLY_FILLED);
            assertThat(order.remaining()).isEqualTo(Count.ofContracts(2));
        });

        kit.fill("order-1", Count.ofContracts(2));
        assertThat(kit.position("T")).isEqualTo(Count.ofContracts(-3));
        assertThat(kit.openOrders("T")).isEmpty();
        // The fill comes before the order update that reflects it.
        assertThat(strategy.received.subList(strategy.received.size() - 2, strategy.received.size()))
                .extracting(event -> event.getClass().getSimpleName())
                .containsExactly("FillEvent", "OrderUpdate");
    }

    @Test
    void cancelMarksTheOrderUntilTheVenueConfirms() {
        kit.autoAcknowledge(false);
        strategy.onStart = context -> context.submit(OrderRequest.bid("T", Price.ofCents(40), ONE));
        kit.start();
        kit.accept("test-1");

        assertThat(strategy.context.cancel("test-1")).isTrue();
        assertThat(kit.openOrders("T")).singleElement().satisfies(order -> assertThat(order.cancelRequested()).isTrue());
        assertThat(kit.commands(CancelOrder.class)).singleElement()
                .isEqualTo(new CancelOrder(kit.clock().nowNanos(), "test-1", "T"));

        kit.cancelByVenue("test-1", null);
        assertThat(kit.openOrders("T")).isEmpty();
    }

    @Test
    void commandsOnUnknownOrdersSendNothing() {
        kit.start();

        assertThat(strategy.context.cancel("nope")).isFalse();
        assertThat(strategy.context.amend("nope", Price.ofCents(40), ONE)).isFalse();
        assertThat(strategy.context.decrease("nope", ONE)).isFalse();
        assertThat(kit.commands()).isEmpty();
    }

    @Test
    void amendAndDecreaseRestateTheOrdersMarketAndSide() {
        strategy.onStart = context -> context.submit(OrderRequest.ask("T", Price.ofCents(60), Count.ofContracts(5)));
        kit.start();

        strategy.context.amend("order-1", Price.ofCents(58), Count.ofContracts(4));
        strategy.context.decreaseTo("test-1", Count.ofContracts(1));

        long now = kit.clock().nowNanos();
        assertThat(kit.commands(AmendOrder.class)).containsExactly(
                new AmendOrder(now, "test-1", "T", BookSide.ASK, Price.ofCents(58), Count.ofContracts(4)));
        assertThat(kit.commands(DecreaseOrder.class)).containsExactly(
                new DecreaseOrder(now, "test-1", "T", null, Count.ofContracts(1)));
        assertThat(kit.openOrders("T")).singleElement().satisfies(order -> {
            assertThat(order.yesPrice()).isEqualTo(Price.ofCents(58));
            assertThat(order.remaining()).isEqualTo(Count.ofContracts(1));
        });
    }

    @Test
    void cancelAllSendsOneBatchOfTheWorkingOrdersOfThatMarket() {
        strategy.onStart = context -> {
            context.submit(OrderRequest.bid("A", Price.ofCents(40), ONE));
            context.submit(OrderRequest.ask("A", Price.ofCents(60), ONE));
            context.submit(OrderRequest.bid("B", Price.ofCents(30), ONE));
        };
        kit.autoAcknowledge(false).start();
        strategy.context.cancel("test-1");

        assertThat(strategy.context.cancelAll("A")).isEqualTo(1);

        assertThat(kit.commands(CancelAllOrders.class)).singleElement()
                .satisfies(command -> {
                    assertThat(command.ticker()).isEqualTo("A");
                    assertThat(command.ids()).containsExactly("test-2");
                });
    }

    @Test
    void batchesGetIdsInOrderAndRefuseDuplicatesWhole() {
        kit.start();

        List<String> ids = strategy.context.submitBatch(List.of(
                OrderRequest.bid("T", Price.ofCents(40), ONE),
                OrderRequest.ask("T", Price.ofCents(60), ONE).withClientOrderId("own")));

        assertThat(ids).containsExactly("test-1", "own");
        assertThat(kit.commands(SubmitBatch.class)).singleElement()
                .satisfies(batch -> assertThat(batch.requests()).extracting(OrderRequest::clientOrderId)
                        .containsExactly("test-1", "own"));
        assertThatThrownBy(() -> strategy.context.submitBatch(List.of(
                OrderRequest.bid("T", Price.ofCents(41), ONE),
                OrderRequest.bid("T", Price.ofCents(42), ONE).withClientOrderId("own"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("own");
        assertThat(kit.openOrders("T")).hasSize(2);
    }

    @Test
    void aThrowingCallbackIsCountedAndTheStrategyGoesOn() {
        strategy.onEvent = event -> {
            if (event instanceof TradeEvent) {
                throw new IllegalStateException("boom");
            }
        };
        kit.start();

        kit.trade("T", Price.ofCents(50), ONE, BookSide.BID);
        kit.lifecycle("T", MarketLifecycleEvent.Kind.DEACTIVATED);

        assertThat(kit.callbackFailures()).isEqualTo(1);
        assertThat(strategy.received).hasSize(2);
    }

    @Test
    void periodicTimersFireEachPeriodWithoutDrift() {
        strategy.onStart = context -> context.scheduleEvery("tick", 2 * SECOND);
        kit.start();
        long start = kit.clock().nowNanos();

        kit.advanceBy(7 * SECOND);

        assertThat(strategy.received).extracting(StrategyEvent::tsNanos)
                .containsExactly(start + 2 * SECOND, start + 4 * SECOND, start + 6 * SECOND);
    }

    @Test
    void aReplacedOrCancelledTimerStaysSilent() {
        strategy.onStart = context -> {
            context.scheduleTimer("once", context.clock().nowNanos() + SECOND);
            context.scheduleTimer("once", context.clock().nowNanos() + 3 * SECOND);
            context.scheduleTimer("gone", context.clock().nowNanos() + SECOND);
            assertThat(context.cancelTimer("gone")).isTrue();
        };
        kit.start();

        kit.advanceBy(5 * SECOND);

        assertThat(strategy.received).singleElement().isEqualTo(
                new TimerEvent(StrategyTestKit.DEFAULT_START_NANOS + 3 * SECOND, "once"));
    }

    @Test
    void aTimerEventQueuedBeforeItsTimerWasReplacedIsDropped() {
        List<TimerEvent> queued = new ArrayList<>();
        RecordingRuntime runtime = new RecordingRuntime();
        runtime.onTimer = queued::add;
        StrategyDriver driver = new StrategyDriver("t", strategy, StrategyParameters.empty(), runtime);
        strategy.onStart = context -> context.scheduleTimer("t", runtime.clock.nowNanos() + SECOND);
        driver.start();
        runtime.clock.advanceBy(SECOND);

        strategy.context.scheduleTimer("t", runtime.clock.nowNanos() + SECOND);
        driver.deliver(queued.get(0));

        assertThat(strategy.received).isEmpty();
    }

    @Test
    void stopEndsCommandsAndTimersButKeepsBookkeeping() {
        strategy.onStart = context -> {
            context.scheduleEvery("tick", SECOND);
            context.submit(OrderRequest.bid("T", Price.ofCents(40), ONE));
        };
        strategy.onStop = () -> strategy.context.cancelAll(null);
        kit.autoAcknowledge(false).start();
        kit.accept("test-1");

        kit.stop();
        kit.advanceBy(5 * SECOND);
        kit.cancelByVenue("test-1", null);

        assertThat(strategy.stopped).isTrue();
        assertThat(kit.commands(CancelAllOrders.class)).singleElement()
                .satisfies(command -> assertThat(command.ids()).containsExactly("test-1"));
        assertThat(strategy.received).noneMatch(event -> event instanceof TimerEvent);
        assertThat(kit.openOrders(null)).isEmpty();
        assertThatThrownBy(() -> strategy.context.submit(OrderRequest.bid("T", Price.ofCents(40), ONE)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cancelAllOpenOrdersIsTheRunnersShutdownNet() {
        strategy.onStart = context -> context.submit(OrderRequest.bid("T", Price.ofCents(40), ONE));
        kit.start();
        kit.stop();

        assertThat(kit.driver().cancelAllOpenOrders()).isEqualTo(1);
        assertThat(kit.driver().cancelAllOpenOrders()).isZero();
    }

    @Test
    void aRuntimeThatAnswersInsideTheCallbackIsCaught() {
        RecordingRuntime runtime = new RecordingRuntime();
        StrategyDriver driver = new StrategyDriver("t", strategy, StrategyParameters.empty(), runtime);
        runtime.onSend = command -> driver.deliver(new OrderUpdate(0, "o", "test-1", "T", BookSide.BID,
                Price.ofCents(40), OrderState.RESTING, Count.ZERO, ONE, null));
        strategy.onStart = context -> context.submit(OrderRequest.bid("T", Price.ofCents(40), ONE));

        driver.start();

        assertThat(driver.callbackFailures()).isEqualTo(1);
        assertThat(strategy.received).isEmpty();
    }

    @Test
    void theContextRefusesOtherThreads() throws Exception {
        kit.start();

        CompletableFuture<Void> elsewhere = CompletableFuture.runAsync(() -> strategy.context.position("T"));

        assertThatThrownBy(elsewhere::get).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void lateUpdatesOfFinishedOrdersDoNotBringThemBack() {
        strategy.onStart = context -> context.submit(OrderRequest.bid("T", Price.ofCents(40), ONE));
        kit.start();
        kit.fill("test-1", ONE);

        kit.deliver(new OrderUpdate(kit.clock().nowNanos(), "order-1", "test-1", "T", BookSide.BID,
                Price.ofCents(40), OrderState.RESTING, Count.ZERO, ONE, null));

        assertThat(kit.openOrders(null)).isEmpty();
    }

    @Test
    void ordersTheStrategyDidNotPlaceAreTrackedByVenueId() {
        kit.start();

        kit.deliver(new OrderUpdate(kit.clock().nowNanos(), "old-7", null, "T", BookSide.ASK, Price.ofCents(70),
                OrderState.RESTING, Count.ZERO, ONE, null));

        assertThat(kit.openOrders("T")).singleElement().satisfies(order -> assertThat(order.id()).isEqualTo("old-7"));
        assertThat(strategy.context.cancel("old-7")).isTrue();
    }

    @Test
    void readsComeFromTheStrategysOwnView() {
        kit.balance(Money.ofDollars(5)).startingPosition("T", Count.ofContracts(4)).start();
        kit.quote("T", Price.ofCents(45), Price.ofCents(47), ONE);

        assertThat(strategy.context.balance()).isEqualTo(Money.ofDollars(5));
        assertThat(strategy.context.position("T")).isEqualTo(Count.ofContracts(4));
        assertThat(strategy.context.position("U")).isEqualTo(Count.ZERO);
        assertThat(strategy.context.book("T").bestYesAsk().orElseThrow().price()).isEqualTo(Price.ofCents(47));
        assertThat(strategy.context.book("U").isEmpty()).isTrue();
    }

    @Test
    void subscribeSendsOnlyNewMarketsAndLogGoesToTheRuntime() {
        strategy.onStart = context -> {
            context.subscribe(List.of("A", "B"));
            context.subscribe(List.of("B", "C"));
            context.log("hello");
        };
        kit.start();

        assertThat(kit.commands(SubscribeMarkets.class)).extracting(SubscribeMarkets::tickers)
                .containsExactly(Set.of("A", "B"), Set.of("C"));
        assertThat(kit.driver().subscriptions()).containsExactly("A", "B", "C");
        assertThat(kit.logLines()).containsExactly("hello");
    }
}
