package dev.kalshisim.strategies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookReply;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.CancelAllOrders;
import dev.kalshisim.core.strategy.CancelOrder;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.Rejection;
import dev.kalshisim.core.strategy.RequestBook;
import dev.kalshisim.core.strategy.StrategyCommand;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.core.strategy.SubmitBatch;
import dev.kalshisim.core.strategy.SubmitOrder;
import dev.kalshisim.testkit.StrategyTestKit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The load strategy on the test kit's virtual clock: the mix it sends is exactly its weights over
 * every cycle, its requests come exactly {@code rate} a second, it cancels only its own resting
 * orders (oldest first), it never holds more than {@code max-resting} open orders, and 429s are
 * counted without slowing it down.
 */
class LoadStrategyTest {

    private static final String A = "KXLOAD-26JAN-A";
    private static final String B = "KXLOAD-26JAN-B";
    private static final long SECOND = 1_000_000_000L;
    private static final Rejection TOO_MANY = new Rejection("too_many_requests", 429, OptionalLong.of(50_000_000L),
            "too many requests");

    private static LoadStrategy strategy(String... params) {
        List<String> all = new ArrayList<>(List.of("markets=" + A + "," + B));
        all.addAll(List.of(params));
        return (LoadStrategy) LoadStrategy.descriptor().create(StrategyParameters.parse(all));
    }

    private static StrategyTestKit kit(LoadStrategy strategy) {
        return new StrategyTestKit(strategy, StrategyParameters.empty());
    }

    /** The kind of request a command is, null for what the mix does not send. */
    private static LoadKind kindOf(StrategyCommand command) {
        if (command instanceof RequestBook) {
            return LoadKind.READ;
        } else if (command instanceof SubmitOrder) {
            return LoadKind.CREATE;
        } else if (command instanceof SubmitBatch) {
            return LoadKind.BATCH;
        } else if (command instanceof CancelOrder) {
            return LoadKind.CANCEL;
        }
        return null;
    }

    private static List<LoadKind> kinds(List<StrategyCommand> commands) {
        return commands.stream().map(LoadStrategyTest::kindOf).filter(kind -> kind != null).toList();
    }

    private static Map<LoadKind, Long> counted(List<LoadKind> kinds) {
        Map<LoadKind, Long> counts = new EnumMap<>(LoadKind.class);
        for (LoadKind kind : LoadKind.values()) {
            counts.put(kind, kinds.stream().filter(kind::equals).count());
        }
        return counts;
    }

    @Test
    void theMixIsExactlyItsWeightsOverEveryCycleAndTheSameCycleRepeats() {
        LoadStrategy load = strategy("rate=10", "reads=4", "creates=3", "batches=1", "cancels=2", "batch-size=2",
                "max-resting=1000");
        StrategyTestKit kit = kit(load).start();
        assertThat(kit.takeCommands()).isEmpty();

        List<LoadKind> first = null;
        for (int cycle = 0; cycle < 6; cycle++) {
            // Ten requests a second: one whole cycle of the weights a second.
            kit.advanceBy(SECOND);
            List<LoadKind> kinds = kinds(kit.takeCommands());
            assertThat(counted(kinds)).as("cycle " + cycle).isEqualTo(Map.of(LoadKind.READ, 4L, LoadKind.CREATE, 3L,
                    LoadKind.BATCH, 1L, LoadKind.CANCEL, 2L));
            if (first == null) {
                first = kinds;
                // Smooth: the reads are spread through the cycle, not sent as a block.
                assertThat(first).containsExactly(LoadKind.READ, LoadKind.CREATE, LoadKind.CANCEL, LoadKind.READ,
                        LoadKind.CREATE, LoadKind.BATCH, LoadKind.READ, LoadKind.CANCEL, LoadKind.CREATE, LoadKind.READ);
            }
            assertThat(kinds).as("cycle " + cycle).isEqualTo(first);
        }
        LoadStats stats = load.stats();
        assertThat(stats.substituted()).isZero();
        assertThat(stats.skipped()).isZero();
        assertThat(stats.of(LoadKind.READ)).isEqualTo(new LoadStats.Counts(24, 24, 0, 0));
        assertThat(stats.of(LoadKind.CREATE)).isEqualTo(new LoadStats.Counts(18, 18, 0, 0));
        assertThat(stats.of(LoadKind.BATCH)).isEqualTo(new LoadStats.Counts(6, 6, 0, 0));
        assertThat(stats.of(LoadKind.CANCEL)).isEqualTo(new LoadStats.Counts(12, 12, 0, 0));
        assertThat(kit.commands(SubmitBatch.class)).allSatisfy(batch -> assertThat(batch.requests()).hasSize(2));
    }

    @Test
    void requestsComeExactlyRateTimesASecondOnTheVirtualClock() {
        // 7 a second does not divide a second into whole nanoseconds: slots must not drift.
        LoadStrategy load = strategy("rate=7", "reads=1", "creates=0", "batches=0", "cancels=0");
        StrategyTestKit kit = kit(load).start();
        long start = kit.clock().nowNanos();

        kit.advanceBy(60 * SECOND - 1);
        assertThat(kit.commands(RequestBook.class)).hasSize(419);
        kit.advanceBy(1);

        List<RequestBook> reads = kit.commands(RequestBook.class);
        assertThat(reads).hasSize(420);
        for (int k = 1; k <= reads.size(); k++) {
            assertThat(reads.get(k - 1).tsNanos()).isEqualTo(start + k * SECOND / 7);
        }
        assertThat(load.stats().missedSlots()).isZero();
    }

    @Test
    void theSameSeedSendsTheSameRequestsAndAnotherSeedOthers() {
        List<String> first = sent(strategy("seed=5"));
        assertThat(sent(strategy("seed=5"))).isEqualTo(first);
        assertThat(sent(strategy("seed=6"))).isNotEqualTo(first);
        // Both markets are used.
        assertThat(first).anyMatch(line -> line.contains(A)).anyMatch(line -> line.contains(B));
    }

    /** Ten seconds of the default mix, each request as a line. */
    private static List<String> sent(LoadStrategy load) {
        StrategyTestKit kit = kit(load).start();
        kit.advanceBy(10 * SECOND);
        return kit.commands().stream().map(LoadStrategyTest::line).toList();
    }

    private static String line(StrategyCommand command) {
        if (command instanceof RequestBook read) {
            return "read " + read.ticker();
        } else if (command instanceof SubmitOrder submit) {
            return "create " + describe(submit.request());
        } else if (command instanceof SubmitBatch batch) {
            return "batch " + batch.requests().stream().map(LoadStrategyTest::describe).toList();
        } else if (command instanceof CancelOrder cancel) {
            return "cancel " + cancel.id();
        }
        return command.toString();
    }

    private static String describe(OrderRequest order) {
        return order.ticker() + " " + order.side() + " " + order.yesPrice() + " " + order.count();
    }

    @Test
    void ordersArePostOnlyAndRestAtTheEdgeOrAtTheOffsetFromTheOthersTouch() {
        StrategyTestKit edge = kit(strategy("rate=10", "reads=0", "creates=1", "batches=0", "cancels=0", "size=3")).start();
        edge.advanceBy(SECOND);
        assertThat(edge.commands(SubmitOrder.class)).hasSize(10).allSatisfy(submit -> {
            OrderRequest order = submit.request();
            assertThat(order.postOnly()).isTrue();
            assertThat(order.count()).isEqualTo(Count.ofContracts(3));
            assertThat(order.yesPrice()).isEqualTo(order.side() == BookSide.BID ? Price.ofCents(1) : Price.ofCents(99));
        });
        assertThat(edge.commands(SubmitOrder.class)).extracting(submit -> submit.request().side())
                .contains(BookSide.BID, BookSide.ASK);

        StrategyTestKit offset = kit(strategy("rate=10", "reads=0", "creates=1", "batches=0", "cancels=0",
                "offset=0.105")).start();
        // A 45/55 market in A; B has no book, so its orders rest at the edge.
        offset.quote(A, Price.ofCents(45), Price.ofCents(55), Count.ofContracts(10));
        offset.advanceBy(SECOND);
        assertThat(offset.commands(SubmitOrder.class)).hasSize(10).allSatisfy(submit -> {
            OrderRequest order = submit.request();
            boolean bid = order.side() == BookSide.BID;
            // 0.45 - 0.105 = 0.345, down to 0.34; 0.55 + 0.105 = 0.655, up to 0.66. The strategy's own
            // resting orders never move the touch it prices from.
            Price expected = order.ticker().equals(A) ? (bid ? Price.ofCents(34) : Price.ofCents(66))
                    : (bid ? Price.ofCents(1) : Price.ofCents(99));
            assertThat(order.yesPrice()).as(describe(order)).isEqualTo(expected);
        });
    }

    @Test
    void cancelsTakeOnlyItsOwnRestingOrdersOldestFirst() {
        LoadStrategy load = strategy("rate=10", "reads=0", "creates=3", "batches=0", "cancels=2");
        StrategyTestKit kit = kit(load).start();
        // Someone else's order in A, which the context lists among the open orders.
        kit.deliver(new OrderUpdate(kit.clock().nowNanos(), "foreign-1", null, A, BookSide.BID, Price.ofCents(30),
                OrderState.RESTING, Count.ZERO, Count.ofContracts(5), null));
        assertThat(kit.openOrders(A)).extracting(order -> order.orderId()).contains("foreign-1");

        kit.advanceBy(5 * SECOND);

        List<String> created = kit.commands(SubmitOrder.class).stream().map(submit -> submit.request().clientOrderId())
                .toList();
        List<String> cancelled = kit.commands(CancelOrder.class).stream().map(CancelOrder::id).toList();
        assertThat(cancelled).hasSize(20).doesNotContain("foreign-1");
        // Oldest first: the cancels name the creates in the order they were sent.
        assertThat(cancelled).isEqualTo(created.subList(0, 20));
        assertThat(load.stats().of(LoadKind.CANCEL)).isEqualTo(new LoadStats.Counts(20, 20, 0, 0));

        // At stop it cancels the rest of its own orders, and leaves the other one alone.
        kit.takeCommands();
        kit.stop();
        assertThat(kit.commands(CancelAllOrders.class)).isEmpty();
        assertThat(kit.commands(CancelOrder.class)).extracting(CancelOrder::id).isEqualTo(created.subList(20, 30));
        assertThat(kit.openOrders(null)).extracting(order -> order.orderId()).containsExactly("foreign-1");
        assertThat(kit.logLines()).last().asString().startsWith("reads issued=0").contains("cancels issued=20 ok=20");
    }

    @Test
    void aCancelWithNothingRestingIsSentAsACreate() {
        LoadStrategy load = strategy("rate=10", "reads=0", "creates=0", "batches=0", "cancels=1");
        StrategyTestKit kit = kit(load).start();

        kit.advanceBy(SECOND);

        // Create, cancel it, create, cancel it, ...
        assertThat(kinds(kit.commands())).containsExactly(LoadKind.CREATE, LoadKind.CANCEL, LoadKind.CREATE,
                LoadKind.CANCEL, LoadKind.CREATE, LoadKind.CANCEL, LoadKind.CREATE, LoadKind.CANCEL, LoadKind.CREATE,
                LoadKind.CANCEL);
        assertThat(load.stats().substituted()).isEqualTo(5);
    }

    @Test
    void theRestingCapHoldsWhetherOrNotTheVenueAnswers() {
        LoadStrategy load = strategy("rate=10", "reads=0", "creates=2", "batches=1", "cancels=0", "batch-size=3",
                "max-resting=7");
        StrategyTestKit kit = kit(load).start();
        int most = 0;
        for (int slot = 0; slot < 50; slot++) {
            kit.advanceBy(SECOND / 10);
            most = Math.max(most, kit.openOrders(null).size());
        }
        assertThat(most).isEqualTo(7);
        // At the cap, creates and batches became cancels of the oldest: all 50 slots sent something.
        LoadStats stats = load.stats();
        assertThat(stats.issued()).isEqualTo(50);
        assertThat(stats.substituted()).isEqualTo(stats.of(LoadKind.CANCEL).issued()).isPositive();

        // A venue that never answers: orders pile up as sent, none can be cancelled, so the slots
        // past the cap send nothing.
        LoadStrategy silent = strategy("rate=10", "reads=0", "creates=1", "batches=0", "cancels=0", "max-resting=4");
        StrategyTestKit unanswered = kit(silent).autoAcknowledge(false).start();
        unanswered.advanceBy(SECOND);
        assertThat(unanswered.openOrders(null)).hasSize(4);
        assertThat(unanswered.commands(SubmitOrder.class)).hasSize(4);
        assertThat(silent.stats().skipped()).isEqualTo(6);
        assertThat(silent.stats().of(LoadKind.CREATE).pending()).isEqualTo(4);
    }

    @Test
    void refusedRequestsAreCountedByKindAndTheRateGoesOn() {
        LoadStrategy load = strategy("rate=10", "reads=1", "creates=1", "batches=0", "cancels=0");
        StrategyTestKit kit = kit(load).autoAcknowledge(false).start();
        for (int slot = 1; slot <= 20; slot++) {
            kit.advanceBy(SECOND / 10);
            StrategyCommand sent = kit.takeCommands().get(0);
            boolean early = slot <= 10;
            if (sent instanceof RequestBook read) {
                kit.deliver(new BookReply(kit.clock().nowNanos(), read.ticker(),
                        early ? null : BookView.empty(read.ticker()), early ? TOO_MANY : null));
            } else {
                String id = ((SubmitOrder) sent).request().clientOrderId();
                if (early) {
                    kit.reject(id, TOO_MANY);
                } else if (slot == 20) {
                    kit.reject(id, Rejection.of("insufficient_balance", 400, "not enough cash"));
                } else {
                    kit.accept(id);
                }
            }
        }
        LoadStats stats = load.stats();
        assertThat(stats.of(LoadKind.READ)).isEqualTo(new LoadStats.Counts(10, 5, 5, 0));
        assertThat(stats.of(LoadKind.CREATE)).isEqualTo(new LoadStats.Counts(10, 4, 5, 1));
        assertThat(stats.rateLimited()).isEqualTo(10);
        // Nothing slowed down: twenty slots, twenty requests.
        assertThat(stats.issued()).isEqualTo(20);
        assertThat(stats.line()).startsWith("reads issued=10 ok=5 429=5 rejected=0; creates issued=10 ok=4 429=5 rejected=1;");
    }

    @Test
    void aRefusedCancelIsCountedAndItsOrderIsCancelledAgainNext() {
        LoadStrategy load = strategy("rate=10", "reads=0", "creates=1", "batches=0", "cancels=1");
        StrategyTestKit kit = kit(load).autoAcknowledge(false).start();
        kit.advanceBy(SECOND / 10);
        String first = kit.commands(SubmitOrder.class).get(0).request().clientOrderId();
        kit.accept(first);
        kit.advanceBy(SECOND / 10);
        assertThat(kit.commands(CancelOrder.class)).extracting(CancelOrder::id).containsExactly(first);
        // The venue refuses the cancel with a 429: the order is unchanged.
        kit.deliver(new OrderUpdate(kit.clock().nowNanos(), "order-1", first, A, BookSide.BID, Price.ofCents(1),
                OrderState.RESTING, Count.ZERO, Count.ofContracts(1), "cancel failed: too many requests", TOO_MANY));

        kit.advanceBy(SECOND / 10);
        String second = kit.commands(SubmitOrder.class).get(1).request().clientOrderId();
        kit.accept(second);
        kit.advanceBy(SECOND / 10);

        // The refused order is still the oldest: it is the next cancel's too.
        assertThat(kit.commands(CancelOrder.class)).extracting(CancelOrder::id).containsExactly(first, first);
        kit.cancelByVenue(first, null);
        assertThat(load.stats().of(LoadKind.CANCEL)).isEqualTo(new LoadStats.Counts(2, 1, 1, 0));
    }

    @Test
    void aBatchRefusedWholeCountsOnceAndOneRefusedItemDoesNotRefuseTheBatch() {
        LoadStrategy load = strategy("rate=10", "reads=0", "creates=0", "batches=1", "cancels=0", "batch-size=3");
        StrategyTestKit kit = kit(load).autoAcknowledge(false).start();

        kit.advanceBy(SECOND / 10);
        for (OrderRequest order : kit.commands(SubmitBatch.class).get(0).requests()) {
            kit.reject(order.clientOrderId(), TOO_MANY);
        }
        kit.advanceBy(SECOND / 10);
        List<OrderRequest> second = kit.commands(SubmitBatch.class).get(1).requests();
        kit.reject(second.get(0).clientOrderId(),
                new Rejection("market_closed", Rejection.NO_STATUS, OptionalLong.empty(), "market closed"));
        kit.accept(second.get(1).clientOrderId());
        kit.accept(second.get(2).clientOrderId());

        assertThat(load.stats().of(LoadKind.BATCH)).isEqualTo(new LoadStats.Counts(2, 1, 1, 0));
    }

    @Test
    void withNoMarketsItSaysWhyAndSendsNothing() {
        LoadStrategy load = (LoadStrategy) LoadStrategy.descriptor().create(StrategyParameters.empty());
        StrategyTestKit kit = kit(load).start();
        kit.advanceBy(SECOND);
        assertThat(kit.commands()).isEmpty();
        assertThat(kit.logLines()).anyMatch(line -> line.startsWith("no markets"));

        // A backtest offers its markets.
        StrategyTestKit offered = new StrategyTestKit(LoadStrategy.descriptor().create(StrategyParameters.empty()))
                .offering(A).start();
        offered.advanceBy(SECOND);
        assertThat(offered.commands()).hasSize(10);
    }

    @Test
    void badParametersAreRefusedWithOneClearMessage() {
        refused("rate=0", "rate must be 1 to 1000000 requests a second, got 0");
        refused("rate=fast", "parameter rate must be a whole number, got \"fast\"");
        refused("reads=-1", "reads must not be negative, got -1");
        refused("cancels=some", "parameter cancels must be a whole number, got \"some\"");
        refused("reads=0,creates=0,batches=0,cancels=0".split(","),
                "the mix is empty: give at least one of reads, creates, batches, cancels a positive weight");
        refused("batch-size=21", "batch-size must be 1 to 20, got 21");
        refused("batch-size=0", "batch-size must be 1 to 20, got 0");
        refused("offset=near", "parameter offset must be edge or dollars like 0.05, got \"near\"");
        refused("offset=1", "offset must be less than 1 dollar, got 1.0000");
        refused("size=0", "size must be positive, got 0.00");
        refused("max-resting=3", "max-resting must be at least 4 (one batch), got 3");
        refused("seed=x", "parameter seed must be a whole number, got \"x\"");
        refused("rates=5", "strategy load has no parameter rates");
    }

    private static void refused(String parameter, String message) {
        refused(new String[] {parameter}, message);
    }

    private static void refused(String[] parameters, String message) {
        assertThatThrownBy(() -> LoadStrategy.descriptor().create(StrategyParameters.parse(List.of(parameters))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }

    @Test
    void theDefaultsAreABalancedCycleInsideTheBasicTier() {
        LoadConfig config = LoadConfig.from(StrategyParameters.empty());
        assertThat(config.rate()).isEqualTo(10);
        assertThat(config.mix().toString()).isEqualTo("reads=4,creates=2,batches=1,cancels=6");
        // Orders created per cycle equal the cancels: the resting orders hold steady.
        assertThat(config.mix().weight(LoadKind.CREATE) + config.mix().weight(LoadKind.BATCH) * config.batchSize())
                .isEqualTo(config.mix().weight(LoadKind.CANCEL));
        // Tokens a second at the default rate, at Kalshi's costs (read 10; create 10 per order; cancel 2):
        // read 10 x 4 x 10 / 13 = 30.8 of 200; write (2 x 10 + 4 x 10 + 6 x 2) x 10 / 13 = 55.4 of 100.
        long cycle = config.mix().total();
        assertThat(10 * config.mix().weight(LoadKind.READ) * config.rate()).isLessThan(200 * cycle);
        long writeTokens = 10 * config.mix().weight(LoadKind.CREATE)
                + 10L * config.batchSize() * config.mix().weight(LoadKind.BATCH) + 2 * config.mix().weight(LoadKind.CANCEL);
        assertThat(writeTokens * config.rate()).isLessThan(100 * cycle);
        assertThat(config.offset()).isNull();
        assertThat(config.maxResting()).isEqualTo(100);
    }
}
