package dev.kalshisim.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.CancelAllOrders;
import dev.kalshisim.core.strategy.CancelOrder;
import dev.kalshisim.core.strategy.MarketLifecycleEvent;
import dev.kalshisim.core.strategy.OpenOrder;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.Rejection;
import dev.kalshisim.core.strategy.StrategyCommand;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.core.strategy.SubmitBatch;
import dev.kalshisim.core.strategy.SubmitOrder;
import dev.kalshisim.core.strategy.SubscribeMarkets;
import dev.kalshisim.testkit.StrategyTestKit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The market maker on constructed books in the test kit: the kit acknowledges its commands, and
 * the takers ({@link MakerTakers}) trade against its quotes. Each test says why it makes or loses
 * money, or what rule it checks.
 */
class MarketMakerTest {

    private static final String T = "KXFED-26DEC-T4.25";
    private static final long SECOND = 1_000_000_000L;
    private static final Count DEPTH = Count.ofContracts(10);
    private static final Count FIVE = Count.ofContracts(5);

    private StrategyTestKit kit;

    private StrategyTestKit start(String... parameters) {
        List<String> all = new ArrayList<>(List.of("markets=" + T));
        all.addAll(List.of(parameters));
        StrategyParameters parsed = StrategyParameters.parse(all);
        kit = new StrategyTestKit(MarketMaker.descriptor().create(parsed), parsed).start();
        return kit;
    }

    private static Price cents(long cents) {
        return Price.ofCents(cents);
    }

    /** A market of {@code DEPTH} bid at {@code mid - 2c} and offered at {@code mid + 2c}: microprice {@code mid}. */
    private void market(long midCents) {
        kit.quote(T, cents(midCents - 2), cents(midCents + 2), DEPTH);
    }

    private static List<OrderRequest> created(List<StrategyCommand> commands) {
        List<OrderRequest> requests = new ArrayList<>();
        for (StrategyCommand command : commands) {
            if (command instanceof SubmitOrder submit) {
                requests.add(submit.request());
            } else if (command instanceof SubmitBatch batch) {
                requests.addAll(batch.requests());
            }
        }
        return requests;
    }

    private void assertAtMostOneOrderPerSide() {
        for (BookSide side : BookSide.values()) {
            assertThat(kit.openOrders(T).stream().filter(order -> order.side() == side))
                    .as("orders on the %s side, cancelling ones included", side).hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void itSubscribesToItsMarketsAndQuotesBothSidesAroundTheMicroprice() {
        start("spread=0.04", "size=5");
        assertThat(kit.takeCommands()).singleElement().isInstanceOfSatisfying(SubscribeMarkets.class,
                subscribe -> assertThat(subscribe.tickers()).containsExactly(T));

        // 30 bid at 0.47, 10 offered at 0.55: the microprice leans to the thin ask, (0.47x10 + 0.55x30)/40 = 0.53.
        kit.book(new BookView(T,
                List.of(BookLevel.of(cents(47), Count.ofContracts(30))),
                List.of(BookLevel.of(cents(45), DEPTH))));

        List<StrategyCommand> commands = kit.takeCommands();
        assertThat(commands).singleElement().isInstanceOf(SubmitBatch.class);
        assertThat(created(commands)).containsExactly(
                OrderRequest.bid(T, cents(51), FIVE).withPostOnly(true).withClientOrderId("test-1"),
                OrderRequest.ask(T, cents(55), FIVE).withPostOnly(true).withClientOrderId("test-2"));
    }

    @Test
    void marketsDefaultToEveryMarketTheRunOffers() {
        StrategyParameters none = StrategyParameters.empty();
        kit = new StrategyTestKit(MarketMaker.descriptor().create(none), none).offering("A-1", "B-2").start();

        assertThat(kit.commands(SubscribeMarkets.class)).singleElement()
                .satisfies(subscribe -> assertThat(subscribe.tickers()).containsExactly("A-1", "B-2"));
    }

    @Test
    void withNoMarketsNamedAndNoneOfferedItSaysSoAndDoesNothing() {
        StrategyParameters none = StrategyParameters.empty();
        kit = new StrategyTestKit(MarketMaker.descriptor().create(none), none).start();

        assertThat(kit.commands()).isEmpty();
        assertThat(kit.logLines()).anySatisfy(line -> assertThat(line).contains("--param markets="));
    }

    /**
     * Why it makes money: takers alternately sell to its bid at 0.49 and buy from its ask at 0.53,
     * so every contract bought is sold again 4 cents higher. Ten round trips of 5 contracts earn
     * 10 x 5 x $0.04 = $2.00, less the maker fees on the 100 contracts traded, and leave it flat.
     */
    @Test
    void balancedFlowEarnsTheSpreadLessFees() {
        start("spread=0.04", "size=5", "skew=0");
        MakerTakers takers = new MakerTakers(kit, T);
        market(51);

        for (int round = 0; round < 10; round++) {
            kit.advanceBy(SECOND);
            assertThat(takers.hitBid()).isEqualTo(cents(49));
            kit.advanceBy(SECOND);
            assertThat(takers.liftAsk()).isEqualTo(cents(53));
            assertAtMostOneOrderPerSide();
        }

        assertThat(kit.position(T)).isEqualTo(Count.ZERO);
        Money fees = Money.ZERO;
        for (int round = 0; round < 10; round++) {
            fees = fees.plus(MakerTakers.makerFee(cents(49), FIVE)).plus(MakerTakers.makerFee(cents(53), FIVE));
        }
        assertThat(fees).isEqualTo(Money.parse("0.437")); // 10 x ($0.0219 + $0.0218)
        assertThat(takers.fees()).isEqualTo(fees);
        assertThat(takers.pnl(cents(51))).isEqualTo(Money.parse("2.00").minus(fees));
        assertThat(takers.pnl(cents(51)).isPositive()).isTrue();
    }

    /**
     * Why it loses: the price falls 3 cents a step, straight through its bid (2 cents under the
     * fair value), so the sellers who hit it know the value is lower. Without skew it buys 5 at
     * every step, 0.58, 0.55, 0.52, 0.49, 0.46, and holds 25 worth 0.45: it lost 5 x (0.13 + 0.10
     * + 0.07 + 0.04 + 0.01) = $1.75 plus fees.
     */
    @Test
    void aOneSidedMoveWithoutSkewPilesUpInventoryAndLoses() {
        MakerTakers takers = fallingMarket("skew=0");

        assertThat(takers.bought()).containsExactly(cents(58), cents(55), cents(52), cents(49), cents(46));
        assertThat(takers.sold()).isEmpty();
        assertThat(kit.position(T)).isEqualTo(Count.ofContracts(25));
        assertThat(takers.pnl(cents(45))).isEqualTo(Money.parse("-1.75").minus(takers.fees()));
    }

    /**
     * Why skew loses less in the same move: long 5, both quotes drop $0.002 x 5 = 1 cent, long 10
     * two cents, so after two fills its bid sits below where the price stops and nobody sells to it
     * again. It holds 10 bought at 0.58 and 0.54: a loss of 5 x (0.13 + 0.09) = $1.10 plus fees,
     * against $1.75 plus fees without skew.
     */
    @Test
    void withSkewTheSameMoveCostsLess() {
        Money withoutSkew = fallingMarket("skew=0").pnl(cents(45));
        MakerTakers takers = fallingMarket("skew=0.002");

        assertThat(takers.bought()).containsExactly(cents(58), cents(54));
        assertThat(kit.position(T)).isEqualTo(Count.ofContracts(10));
        Money withSkew = takers.pnl(cents(45));
        assertThat(withSkew).isEqualTo(Money.parse("-1.10").minus(takers.fees()));
        assertThat(withSkew.isNegative()).isTrue();
        assertThat(withSkew).isGreaterThan(withoutSkew);
    }

    /**
     * The value falls from 0.60 by 3 cents a step, five steps: at each step sellers first hit every
     * bid of the maker at or above the new value, then the book shows the new value.
     */
    private MakerTakers fallingMarket(String skew) {
        start("spread=0.04", "size=5", "max-position=100", skew);
        MakerTakers takers = new MakerTakers(kit, T);
        long value = 60;
        market(value);
        for (int step = 0; step < 5; step++) {
            kit.advanceBy(SECOND);
            value -= 3;
            OpenOrder bid = takers.quote(BookSide.BID);
            if (bid != null && bid.yesPrice().compareTo(cents(value)) >= 0) {
                takers.hitBid();
            }
            market(value);
            assertAtMostOneOrderPerSide();
        }
        return takers;
    }

    @Test
    void thePositionLimitStopsTheBidAndCutsItsSizeToTheRoomLeft() {
        start("spread=0.04", "size=4", "max-position=10", "skew=0");
        MakerTakers takers = new MakerTakers(kit, T);
        market(51);

        List<Count> bidSizes = new ArrayList<>();
        for (int fill = 0; fill < 3; fill++) {
            kit.advanceBy(SECOND);
            bidSizes.add(takers.quote(BookSide.BID).remaining());
            takers.hitBid();
            assertThat(kit.position(T).compareTo(Count.ofContracts(10))).isLessThanOrEqualTo(0);
        }

        // 4 and 4 leave room for 2; at 10 long there is no bid at all, and the ask still sells.
        assertThat(bidSizes).containsExactly(Count.ofContracts(4), Count.ofContracts(4), Count.ofContracts(2));
        assertThat(kit.position(T)).isEqualTo(Count.ofContracts(10));
        kit.advanceBy(SECOND);
        market(52);
        assertThat(takers.quote(BookSide.BID)).isNull();
        assertThat(takers.quote(BookSide.ASK)).isNotNull();
        assertThat(takers.hitBid()).isNull();

        // Selling 4 makes room again.
        takers.liftAsk();
        assertThat(takers.quote(BookSide.BID).remaining()).isEqualTo(Count.ofContracts(4));
    }

    @Test
    void aShortPositionPastTheLimitIsOnlyBoughtBack() {
        StrategyParameters parsed = StrategyParameters.parse(List.of("markets=" + T, "size=5", "max-position=10"));
        kit = new StrategyTestKit(MarketMaker.descriptor().create(parsed), parsed)
                .startingPosition(T, Count.ofContracts(-12)).start();
        MakerTakers takers = new MakerTakers(kit, T);
        market(51);

        assertThat(takers.quote(BookSide.ASK)).isNull();
        assertThat(takers.quote(BookSide.BID).remaining()).isEqualTo(FIVE);
    }

    @Test
    void itCancelsBothQuotesInOneBatchAndPlacesTheNewOnesOnlyOnceTheCancelsAreConfirmed() {
        start("spread=0.04", "size=5");
        kit.autoAcknowledge(false);
        market(51);
        List<OrderRequest> first = created(kit.takeCommands());
        first.forEach(order -> kit.accept(order.clientOrderId()));

        market(55);

        // The cancel goes out first, alone: the new quotes wait for its confirmation.
        assertThat(kit.takeCommands()).singleElement().isInstanceOfSatisfying(CancelAllOrders.class,
                cancel -> assertThat(cancel.ids()).containsExactly("test-1", "test-2"));
        assertAtMostOneOrderPerSide();
        kit.cancelByVenue("test-1", null);
        assertThat(kit.takeCommands()).isEmpty();
        assertAtMostOneOrderPerSide();
        kit.cancelByVenue("test-2", null);

        List<StrategyCommand> replaced = kit.takeCommands();
        assertThat(replaced).singleElement().isInstanceOf(SubmitBatch.class);
        assertThat(created(replaced)).extracting(OrderRequest::yesPrice).containsExactly(cents(53), cents(57));
        assertAtMostOneOrderPerSide();
    }

    @Test
    void whenOnlyOneSideMustMoveOnlyThatSideIsCancelledAndReplaced() {
        start("spread=0.04", "size=5", "skew=0.002");
        MakerTakers takers = new MakerTakers(kit, T);
        market(51);
        kit.takeCommands();
        kit.autoAcknowledge(false);

        // Selling 5 at the ask leaves it short 5: the centre rises a cent, to 0.52.
        OpenOrder ask = takers.quote(BookSide.ASK);
        kit.fill(ask.id(), FIVE, MakerTakers.makerFee(ask.yesPrice(), FIVE), false);

        // The bid at 0.49 must go to 0.50; the ask is new at 0.54. The bid's cancel goes first and alone.
        assertThat(kit.takeCommands()).singleElement().isInstanceOfSatisfying(CancelOrder.class,
                cancel -> assertThat(cancel.id()).isEqualTo("test-1"));
        kit.cancelByVenue("test-1", null);
        assertThat(created(kit.takeCommands())).extracting(OrderRequest::yesPrice).containsExactly(cents(50), cents(54));
    }

    @Test
    void itValuesTheMarketWithoutItsOwnQuotes() {
        start("spread=0.04", "size=5");
        // 30 bid at 0.47, 10 offered at 0.55: microprice 0.53, so it bids 0.51 and offers 0.55.
        kit.book(new BookView(T, List.of(BookLevel.of(cents(47), Count.ofContracts(30))),
                List.of(BookLevel.of(cents(45), DEPTH))));
        assertThat(created(kit.takeCommands())).extracting(OrderRequest::yesPrice).containsExactly(cents(51), cents(55));

        // The book now shows its own quotes: 5 alone at 0.51, and 5 more offered at 0.55. Taken for
        // the market's, they would make the microprice (0.51 x 15 + 0.55 x 5) / 20 = 0.52 and move
        // its quotes; without them the market is as it was, and nothing is sent.
        kit.book(new BookView(T,
                List.of(BookLevel.of(cents(51), FIVE), BookLevel.of(cents(47), Count.ofContracts(30))),
                List.of(BookLevel.of(cents(45), Count.ofContracts(15)))));

        assertThat(kit.takeCommands()).isEmpty();
    }

    @Test
    void aSmallMoveOfTheFairValueLeavesTheQuotesAlone() {
        start("spread=0.04", "size=5", "requote-threshold=0.02");
        market(51);
        kit.takeCommands();

        kit.quote(T, cents(49), cents(54), DEPTH); // the centre moves half a cent, to 0.515
        kit.quote(T, cents(50), cents(54), DEPTH); // a cent, to 0.52

        assertThat(kit.takeCommands()).isEmpty();
    }

    /**
     * The write budget: the fair value jumps 2 cents every 50 ms for 10 s, each jump asking for
     * two new quotes. With 2 creates a second (a burst of 2) it never creates more than 2 + 2t
     * by time t, and once the market is still it catches up by itself, on its timer.
     */
    @Test
    void createsStayWithinTheWriteBudgetOverVirtualTime() {
        start("spread=0.04", "size=1", "max-writes-per-second=2");
        long startNanos = kit.clock().nowNanos();
        long mid = 30;
        for (int jump = 0; jump < 200; jump++) {
            market(mid);
            mid = mid == 30 ? 32 : 30;
            kit.advanceBy(SECOND / 20);
        }
        kit.advanceBy(2 * SECOND);

        List<long[]> creates = new ArrayList<>();
        for (StrategyCommand command : kit.commands()) {
            int items = command instanceof SubmitBatch batch ? batch.requests().size()
                    : command instanceof SubmitOrder ? 1 : 0;
            if (items > 0) {
                creates.add(new long[] {command.tsNanos(), items});
            }
        }
        long total = 0;
        for (long[] create : creates) {
            total += create[1];
            double seconds = (create[0] - startNanos) / 1e9;
            assertThat((double) total).as("creates by %.2f s", seconds).isLessThanOrEqualTo(2 + 2 * seconds);
        }
        assertThat(total).as("it still quotes, about as often as the budget allows").isGreaterThanOrEqualTo(18);
        // Still now at mid 0.30 (the last market shown): both quotes rest around it.
        assertThat(kit.openOrders(T)).extracting(OpenOrder::yesPrice).containsExactlyInAnyOrder(cents(30), cents(34));
    }

    /**
     * The default budget fits Kalshi's basic tier: 100 write tokens a second, a create 10 and a
     * cancel 2 (core's tiers.json and endpoint_costs.json). In a market that jumps every 20 ms the
     * maker's writes never spend more than the bucket's 100 plus 100 a second.
     */
    @Test
    void theDefaultBudgetStaysWithinTheBasicTiersWriteTokens() {
        start("spread=0.04", "size=1");
        long startNanos = kit.clock().nowNanos();
        long mid = 40;
        for (int jump = 0; jump < 500; jump++) {
            market(mid);
            mid = mid == 40 ? 43 : 40;
            kit.advanceBy(SECOND / 50);
        }

        long tokens = 0;
        for (StrategyCommand command : kit.commands()) {
            if (command instanceof SubmitOrder) {
                tokens += 10;
            } else if (command instanceof SubmitBatch batch) {
                tokens += 10L * batch.requests().size();
            } else if (command instanceof CancelOrder) {
                tokens += 2;
            } else if (command instanceof CancelAllOrders cancel) {
                tokens += 2L * cancel.ids().size();
            }
            double seconds = (command.tsNanos() - startNanos) / 1e9;
            assertThat((double) tokens).as("write tokens by %.2f s", seconds).isLessThanOrEqualTo(100 + 100 * seconds);
        }
        assertThat(tokens).isGreaterThan(500);
    }

    /**
     * A blackout: the runner refuses new orders locally with reason "blackout". The maker pulls
     * its other quote, sends nothing for blackout-retry (5 s here) however the book moves, then
     * tries once; after the window it quotes again.
     */
    @Test
    void insideABlackoutItPullsItsQuotesAndTriesAgainOnlyAfterTheRetryTime() {
        start("spread=0.04", "size=1", "blackout-retry=5s");
        market(51);
        kit.takeCommands();
        kit.autoAcknowledge(false);

        // The window opens; the market moves, so the maker cancels and re-quotes: the runner refuses.
        market(60);
        kit.cancelByVenue("test-1", null);
        kit.cancelByVenue("test-2", null);
        List<OrderRequest> refused = created(kit.takeCommands());
        assertThat(refused).hasSize(2);
        refused.forEach(order -> kit.reject(order.clientOrderId(), "blackout"));
        long refusedAt = kit.clock().nowNanos();

        List<Long> attempts = new ArrayList<>();
        for (int tick = 0; tick < 170; tick++) { // 17 s of a moving market, blacked out throughout
            kit.advanceBy(SECOND / 10);
            market(tick % 2 == 0 ? 58 : 61);
            for (OrderRequest order : created(kit.takeCommands())) {
                attempts.add(kit.clock().nowNanos() - refusedAt);
                kit.reject(order.clientOrderId(), "blackout");
            }
        }

        // One batch of two every 5 s: at 5, 10 and 15 s, not one order in between.
        assertThat(attempts).hasSize(6);
        for (long after : attempts) {
            double seconds = after / 1e9;
            assertThat(seconds % 5).isLessThan(0.11);
        }
        assertThat(kit.logLines()).anySatisfy(line -> assertThat(line).startsWith("blackout:"));

        // The window ends: the next attempt is accepted and it quotes on.
        kit.autoAcknowledge(true);
        kit.advanceBy(5 * SECOND);
        assertThat(kit.openOrders(T)).hasSize(2);
    }

    @Test
    void aRefusedQuoteBacksTheMarketOffInsteadOfSpinning() {
        start("spread=0.04", "size=1");
        kit.autoAcknowledge(false);
        market(51);
        for (OrderRequest order : created(kit.takeCommands())) {
            kit.reject(order.clientOrderId(), new Rejection("insufficient_balance", 400, OptionalLong.empty(),
                    "needs more collateral"));
        }

        for (int tick = 0; tick < 9; tick++) { // 0.9 s of book updates: nothing is sent
            kit.advanceBy(SECOND / 10);
            market(tick % 2 == 0 ? 55 : 51);
        }
        assertThat(created(kit.takeCommands())).isEmpty();
        kit.advanceBy(SECOND / 5);
        assertThat(created(kit.takeCommands())).hasSize(2);
    }

    @Test
    void a429PausesCreatesForItsRetryAfter() {
        start("spread=0.04", "size=1");
        kit.autoAcknowledge(false);
        market(51);
        for (OrderRequest order : created(kit.takeCommands())) {
            kit.reject(order.clientOrderId(), new Rejection("too_many_requests", 429, OptionalLong.of(3 * SECOND),
                    "too many requests"));
        }

        kit.advanceBy(2900 * 1_000_000L);
        market(53);
        assertThat(created(kit.takeCommands())).isEmpty();
        kit.advanceBy(200 * 1_000_000L);
        assertThat(created(kit.takeCommands())).hasSize(2);
    }

    @Test
    void aPausedMarketHasItsQuotesPulledUntilItIsActivatedAgain() {
        start("spread=0.04", "size=1");
        market(51);
        kit.takeCommands();

        kit.lifecycle(T, MarketLifecycleEvent.Kind.DEACTIVATED);
        assertThat(kit.takeCommands()).singleElement().isInstanceOf(CancelAllOrders.class);
        market(55);
        assertThat(kit.takeCommands()).isEmpty();

        kit.lifecycle(T, MarketLifecycleEvent.Kind.ACTIVATED);
        assertThat(created(kit.takeCommands())).extracting(OrderRequest::yesPrice).containsExactly(cents(53), cents(57));
    }

    @Test
    void anOrderItDidNotPlaceInItsMarketIsCancelled() {
        start("spread=0.04", "size=1");
        kit.deliver(new OrderUpdate(kit.clock().nowNanos(), "ord-9", "old-run-7", T,
                BookSide.BID, cents(40), OrderState.RESTING, Count.ZERO,
                Count.ofContracts(3), null));

        assertThat(kit.commands(CancelOrder.class)).singleElement()
                .satisfies(cancel -> assertThat(cancel.id()).isEqualTo("old-run-7"));
        // The same order reported again (its cancel not yet confirmed) is not cancelled twice.
        kit.deliver(new OrderUpdate(kit.clock().nowNanos(), "ord-9", "old-run-7", T, BookSide.BID, cents(40),
                OrderState.RESTING, Count.ZERO, Count.ofContracts(3), null));
        assertThat(kit.commands(CancelOrder.class)).hasSize(1);
    }

    @Test
    void stoppingCancelsEveryQuote() {
        start("spread=0.04", "size=1");
        market(51);
        kit.takeCommands();

        kit.stop();

        assertThat(kit.takeCommands()).singleElement().isInstanceOfSatisfying(CancelAllOrders.class,
                cancel -> assertThat(cancel.ids()).containsExactly("test-1", "test-2"));
        assertThat(kit.openOrders(T)).isEmpty();
    }

    @Test
    void withTheEmaItQuotesAroundRecentPrintsRatherThanTheBook() {
        start("spread=0.04", "size=1", "fair=ema", "ema-half-life=10s");
        kit.quote(T, cents(55), cents(75), DEPTH);
        assertThat(created(kit.takeCommands())).extracting(OrderRequest::yesPrice)
                .as("before any print, the microprice 0.65").containsExactly(cents(63), cents(67));

        // 3 at 0.60 and, a half-life later, 2 at 0.70: (0.60 x 3 x 0.5 + 0.70 x 2) / (1.5 + 2) = 0.6571.
        kit.trade(T, cents(60), Count.ofContracts(3), BookSide.BID);
        kit.advanceBy(10 * SECOND);
        kit.trade(T, cents(70), Count.ofContracts(2), BookSide.BID);

        // The bid is the cent nearest 0.6371, the ask 4 cents above it.
        assertThat(kit.openOrders(T)).extracting(OpenOrder::yesPrice).containsExactly(cents(64), cents(68));
    }
}
