package dev.kalshisim.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.CancelAllOrders;
import dev.kalshisim.core.strategy.CancelOrder;
import dev.kalshisim.core.strategy.MarketLifecycleEvent;
import dev.kalshisim.core.strategy.OpenOrder;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.StrategyCommand;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.core.strategy.SubmitOrder;
import dev.kalshisim.core.strategy.SubscribeMarkets;
import dev.kalshisim.testkit.StrategyTestKit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MidQuoterTest {

    private static final String T = "KXHIGHNY-26JAN01-T40";
    private static final long SECOND = 1_000_000_000L;
    private static final Count ONE = Count.ofContracts(1);
    private static final Count DEPTH = Count.ofContracts(10);

    private StrategyTestKit kit;

    private StrategyTestKit start(String... parameters) {
        List<String> all = new ArrayList<>(List.of("ticker=" + T));
        all.addAll(List.of(parameters));
        StrategyParameters parsed = StrategyParameters.parse(all);
        kit = new StrategyTestKit(MidQuoter.descriptor().create(parsed), parsed).start();
        return kit;
    }

    private static Price cents(long cents) {
        return Price.ofCents(cents);
    }

    private static OrderRequest postOnly(OrderRequest request, String clientOrderId) {
        return request.withPostOnly(true).withClientOrderId(clientOrderId);
    }

    private List<OrderRequest> submitted(List<StrategyCommand> commands) {
        List<OrderRequest> requests = new ArrayList<>();
        for (StrategyCommand command : commands) {
            if (command instanceof SubmitOrder submit) {
                requests.add(submit.request());
            }
        }
        return requests;
    }

    private List<OpenOrder> working(BookSide side) {
        return kit.openOrders(T).stream().filter(order -> order.side() == side && order.isWorking()).toList();
    }

    @Test
    void subscribesToItsMarketOnStart() {
        start();

        assertThat(kit.commands()).singleElement().isInstanceOfSatisfying(SubscribeMarkets.class,
                command -> assertThat(command.tickers()).containsExactly(T));
    }

    @Test
    void aBookUpdateMakesItQuoteBothSidesAroundTheMid() {
        start().takeCommands();

        kit.quote(T, cents(45), cents(47), DEPTH);

        assertThat(kit.takeCommands()).containsExactly(
                new SubmitOrder(kit.clock().nowNanos(), postOnly(OrderRequest.bid(T, cents(44), ONE), "test-1")),
                new SubmitOrder(kit.clock().nowNanos(), postOnly(OrderRequest.ask(T, cents(48), ONE), "test-2")));
        assertThat(kit.openOrders(T)).extracting(OpenOrder::yesPrice).containsExactly(cents(44), cents(48));
    }

    @Test
    void aMidMoveOfACentCancelsAndReplacesBothQuotes() {
        start();
        kit.quote(T, cents(45), cents(47), DEPTH);
        kit.takeCommands();

        kit.quote(T, cents(46), cents(48), DEPTH);

        long now = kit.clock().nowNanos();
        assertThat(kit.takeCommands()).containsExactly(
                new CancelOrder(now, "test-1", T),
                new SubmitOrder(now, postOnly(OrderRequest.bid(T, cents(45), ONE), "test-3")),
                new CancelOrder(now, "test-2", T),
                new SubmitOrder(now, postOnly(OrderRequest.ask(T, cents(49), ONE), "test-4")));
        assertThat(kit.openOrders(T)).extracting(OpenOrder::yesPrice).containsExactly(cents(45), cents(49));
    }

    @Test
    void aMidMoveOfLessThanACentLeavesTheQuotesAlone() {
        start();
        kit.quote(T, cents(45), cents(47), DEPTH);
        kit.takeCommands();

        kit.quote(T, cents(45), cents(48), DEPTH);

        assertThat(kit.takeCommands()).isEmpty();
    }

    @Test
    void itQuotesAroundTheMarketNotAroundItsOwnOrders() {
        start();
        kit.quote(T, cents(45), cents(47), DEPTH);
        kit.takeCommands();

        // The market's bid drops to 0.41, leaving this strategy's own 0.44 bid as the best bid.
        kit.book(new BookView(T,
                List.of(BookLevel.of(cents(44), ONE), BookLevel.of(cents(41), DEPTH)),
                List.of(BookLevel.of(cents(53), DEPTH), BookLevel.of(cents(52), ONE))));

        // The market's mid is 0.44 (0.41 / 0.47), not 0.455 (0.44 / 0.47).
        assertThat(submitted(kit.takeCommands())).extracting(OrderRequest::yesPrice)
                .containsExactly(cents(42), cents(46));
    }

    @Test
    void aFillSkewsBothQuotesAgainstTheInventory() {
        start();
        kit.quote(T, cents(45), cents(47), DEPTH);
        kit.takeCommands();

        kit.fill("test-1", ONE);

        assertThat(kit.position(T)).isEqualTo(ONE);
        long now = kit.clock().nowNanos();
        // Long one contract at 1 cent per contract: the centre drops from 0.46 to 0.45.
        assertThat(kit.takeCommands()).containsExactly(
                new SubmitOrder(now, postOnly(OrderRequest.bid(T, cents(43), ONE), "test-3")),
                new CancelOrder(now, "test-2", T),
                new SubmitOrder(now, postOnly(OrderRequest.ask(T, cents(47), ONE), "test-4")));
    }

    @Test
    void atTheLimitItStopsBuyingAndOnlyReducesTheOtherWay() {
        start("max_position=2");
        kit.quote(T, cents(45), cents(47), DEPTH);

        kit.fill(working(BookSide.BID).get(0).id(), ONE);
        assertThat(working(BookSide.BID)).hasSize(1);
        kit.takeCommands();
        kit.fill(working(BookSide.BID).get(0).id(), ONE);

        assertThat(kit.position(T)).isEqualTo(Count.ofContracts(2));
        assertThat(working(BookSide.BID)).isEmpty();
        assertThat(submitted(kit.takeCommands())).singleElement().satisfies(ask -> {
            assertThat(ask.side()).isEqualTo(BookSide.ASK);
            assertThat(ask.reduceOnly()).isTrue();
        });
        kit.advanceBy(10 * SECOND);
        assertThat(working(BookSide.BID)).isEmpty();

        kit.fill(working(BookSide.ASK).get(0).id(), ONE);
        assertThat(working(BookSide.BID)).singleElement()
                .satisfies(bid -> assertThat(bid.remaining()).isEqualTo(ONE));
    }

    @Test
    void aQuoteIsShrunkToTheRoomLeftUnderTheLimit() {
        start("max_position=1.5");
        kit.quote(T, cents(45), cents(47), DEPTH);

        kit.fill(working(BookSide.BID).get(0).id(), ONE);

        assertThat(working(BookSide.BID)).singleElement()
                .satisfies(bid -> assertThat(bid.remaining()).isEqualTo(Count.ofHundredths(50)));
    }

    @Test
    void unansweredAndCancellingOrdersCountAgainstTheLimit() {
        start("max_position=1");
        kit.autoAcknowledge(false);
        kit.quote(T, cents(45), cents(47), DEPTH);
        kit.takeCommands();

        // The mid moves while the first bid is unanswered; it might still fill, so no second bid.
        kit.quote(T, cents(46), cents(48), DEPTH);

        List<StrategyCommand> commands = kit.takeCommands();
        assertThat(commands).filteredOn(CancelOrder.class::isInstance).hasSize(2);
        assertThat(submitted(commands)).isEmpty();
        assertThat(kit.openOrders(T)).allMatch(OpenOrder::cancelRequested);
    }

    @Test
    void thePositionNeverPassesTheLimitWhateverFills() {
        start("max_position=3", "size=2");
        Random random = new Random(42);
        for (int step = 0; step < 300; step++) {
            long bid = 20 + random.nextInt(50);
            kit.quote(T, cents(bid), cents(bid + 1 + random.nextInt(5)), DEPTH);
            List<OpenOrder> open = kit.openOrders(T);
            if (!open.isEmpty() && random.nextBoolean()) {
                OpenOrder order = open.get(random.nextInt(open.size()));
                kit.fill(order.id(), Count.ofHundredths(1 + random.nextInt((int) order.remaining().hundredths())));
            }
            kit.advanceBy(SECOND);
            assertWithinLimit(Count.ofContracts(3));
        }
        assertThat(kit.callbackFailures()).isZero();
    }

    @Test
    void everyQuoteIsOnWholeCentsStrictlyInsideOneAndNinetyNineCents() {
        start("skew=0.05");
        Random random = new Random(7);
        for (int step = 0; step < 300; step++) {
            long bidUnits = 1 + random.nextInt(9_990);
            long askUnits = bidUnits + 1 + random.nextInt((int) (9_999 - bidUnits));
            kit.quote(T, Price.ofUnits(bidUnits), Price.ofUnits(askUnits), DEPTH);
            List<OpenOrder> open = kit.openOrders(T);
            if (!open.isEmpty() && random.nextInt(4) == 0) {
                kit.fill(open.get(0).id(), open.get(0).remaining());
            }
        }
        assertThat(submitted(kit.commands())).isNotEmpty().allSatisfy(request -> {
            assertThat(request.yesPrice().isWholeCent()).isTrue();
            assertThat(request.yesPrice()).isBetween(cents(2), cents(98));
            assertThat(request.postOnly()).isTrue();
        });
    }

    @Test
    void theRefreshReplacesAMissingQuoteButDoesNotChurnGoodOnes() {
        start();
        kit.quote(T, cents(45), cents(47), DEPTH);
        kit.takeCommands();

        kit.cancelByVenue("test-1", "self-trade prevention");
        assertThat(kit.takeCommands()).isEmpty();
        kit.advanceBy(2 * SECOND);

        assertThat(kit.takeCommands()).containsExactly(new SubmitOrder(kit.clock().nowNanos(),
                postOnly(OrderRequest.bid(T, cents(44), ONE), "test-3")));
        kit.advanceBy(2 * SECOND);
        assertThat(kit.takeCommands()).isEmpty();
    }

    @Test
    void aRejectedQuoteWaitsForTheRefreshInsteadOfRetryingAtOnce() {
        start();
        kit.autoAcknowledge(false);
        kit.quote(T, cents(45), cents(47), DEPTH);
        kit.takeCommands();

        kit.reject("test-1", "post only cross");
        assertThat(kit.takeCommands()).isEmpty();
        kit.advanceBy(2 * SECOND);

        assertThat(submitted(kit.takeCommands())).extracting(OrderRequest::side, OrderRequest::yesPrice)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BookSide.BID, cents(44)));
    }

    @Test
    void aOneSidedBookPullsTheQuotes() {
        start();
        kit.quote(T, cents(45), cents(47), DEPTH);
        kit.takeCommands();

        kit.book(new BookView(T, List.of(BookLevel.of(cents(45), DEPTH)), List.of()));

        assertThat(kit.takeCommands()).filteredOn(CancelOrder.class::isInstance).hasSize(2);
        assertThat(kit.openOrders(T)).isEmpty();
    }

    @Test
    void aPausedMarketIsNotQuotedUntilItIsActiveAgain() {
        start();
        kit.quote(T, cents(45), cents(47), DEPTH);
        kit.takeCommands();

        kit.lifecycle(T, MarketLifecycleEvent.Kind.DEACTIVATED);
        assertThat(kit.takeCommands()).singleElement().isInstanceOf(CancelAllOrders.class);
        kit.quote(T, cents(50), cents(52), DEPTH);
        kit.advanceBy(4 * SECOND);
        assertThat(kit.takeCommands()).isEmpty();

        kit.lifecycle(T, MarketLifecycleEvent.Kind.ACTIVATED);
        assertThat(submitted(kit.takeCommands())).extracting(OrderRequest::yesPrice)
                .containsExactly(cents(49), cents(53));
    }

    @Test
    void stopCancelsEveryQuote() {
        start("tickers=" + T + ",OTHER");
        kit.quote(T, cents(45), cents(47), DEPTH);
        kit.quote("OTHER", cents(20), cents(24), DEPTH);
        kit.takeCommands();

        kit.stop();

        assertThat(kit.takeCommands()).extracting(command -> ((CancelAllOrders) command).ids())
                .containsExactly(List.of("test-1", "test-2"), List.of("test-3", "test-4"));
        assertThat(kit.openOrders(null)).isEmpty();
    }

    @Test
    void marketsItDoesNotQuoteAreIgnored() {
        start();
        kit.takeCommands();

        kit.quote("ELSEWHERE", cents(45), cents(47), DEPTH);
        kit.lifecycle("ELSEWHERE", MarketLifecycleEvent.Kind.DEACTIVATED);

        assertThat(kit.takeCommands()).isEmpty();
    }

    /** Even if every order that could still fill did, the position would stay within the limit. */
    private void assertWithinLimit(Count max) {
        Count longest = kit.position(T);
        Count shortest = kit.position(T);
        for (OpenOrder order : kit.openOrders(T)) {
            if (order.side() == BookSide.BID) {
                longest = longest.plus(order.remaining());
            } else {
                shortest = shortest.minus(order.remaining());
            }
        }
        assertThat(longest).isLessThanOrEqualTo(max);
        assertThat(shortest).isGreaterThanOrEqualTo(max.negate());
    }
}
