package dev.kalshisim.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.core.strategy.SubmitBatch;
import dev.kalshisim.core.strategy.SubmitOrder;
import dev.kalshisim.testkit.StrategyTestKit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The event arbitrage on constructed books of a three-outcome event. Every expected figure is worked
 * out here in exact cents: the venue's taker fee for one whole-cent fill is
 * {@code ceil_to_$0.01(0.07 x C x P x (1 - P))}, in cents {@code ceil(7 x c x p x (10000 - p) / 10^10)}
 * with c in hundredths and p in $0.0001.
 */
class EventArbTest {

    private static final String A = "KXEV-26JAN-A";
    private static final String B = "KXEV-26JAN-B";
    private static final String C = "KXEV-26JAN-C";

    /** The venue's taker fee, computed independently of the strategy's estimate. */
    private static Money venueFee(Price price, Count count) {
        long p = price.units();
        long numerator = 7L * count.hundredths() * p * (Price.SCALE - p);
        long cents = numerator / 10_000_000_000L + (numerator % 10_000_000_000L > 0 ? 1 : 0);
        return Money.ofCents(cents);
    }

    private static StrategyTestKit started(String... params) {
        StrategyParameters parameters = StrategyParameters.parse(List.of(params));
        return new StrategyTestKit(new EventArb(EventArbConfig.from(parameters)), parameters)
                .offering(A, B, C).start();
    }

    /** A book with a YES bid and a YES ask (either may be null: that side is empty). */
    private static BookView book(String ticker, String yesBid, long bidSize, String yesAsk, long askSize) {
        List<BookLevel> bids = yesBid == null ? List.of()
                : List.of(BookLevel.of(Price.parse(yesBid), Count.ofContracts(bidSize)));
        List<BookLevel> noBids = yesAsk == null ? List.of()
                : List.of(BookLevel.of(Price.parse(yesAsk).complement(), Count.ofContracts(askSize)));
        return new BookView(ticker, bids, noBids);
    }

    /** Fills every order of the batch whole, as a taker, at its limit price; returns the money it cost. */
    private static Money fillAll(StrategyTestKit kit, SubmitBatch batch) {
        Money spent = Money.ZERO;
        for (OrderRequest order : batch.requests()) {
            // A bid buys YES at its price; an ask buys NO at 1 - its price.
            Price paid = order.side() == BookSide.BID ? order.yesPrice() : order.yesPrice().complement();
            Money fee = venueFee(paid, order.count());
            kit.fill(order.clientOrderId(), order.count(), fee, true);
            spent = spent.plus(paid.times(order.count())).plus(fee);
        }
        return spent;
    }

    /** Settlement's payout for the positions held when {@code winner} settles YES and the others NO. */
    private static Money payout(StrategyTestKit kit, String winner) {
        Money paid = Money.ZERO;
        for (String ticker : List.of(A, B, C)) {
            Count position = kit.position(ticker);
            boolean yesWins = ticker.equals(winner);
            if (position.isPositive() && yesWins) {
                paid = paid.plus(Price.ONE.times(position));
            } else if (position.isNegative() && !yesWins) {
                paid = paid.plus(Price.ONE.times(position.negate()));
            }
        }
        return paid;
    }

    @Test
    void buysEveryYesWhenTheAsksSumBelowADollarAndProfitsExactlyTheMispricingMinusFees() {
        StrategyTestKit kit = started();
        kit.book(book(A, "0.25", 50, "0.28", 5));
        kit.book(book(B, "0.27", 50, "0.30", 8));
        kit.book(book(C, "0.29", 50, "0.32", 10));

        List<SubmitBatch> batches = kit.commands(SubmitBatch.class);
        assertThat(batches).hasSize(1);
        SubmitBatch batch = batches.get(0);
        // Sized to the thinnest top level: A's 5.
        assertThat(batch.requests()).extracting(OrderRequest::ticker).containsExactly(A, B, C);
        assertThat(batch.requests()).allSatisfy(order -> {
            assertThat(order.side()).isEqualTo(BookSide.BID);
            assertThat(order.count()).isEqualTo(Count.ofContracts(5));
            assertThat(order.timeInForce()).isEqualTo(TimeInForce.IMMEDIATE_OR_CANCEL);
        });
        assertThat(batch.requests()).extracting(OrderRequest::yesPrice)
                .containsExactly(Price.parse("0.28"), Price.parse("0.30"), Price.parse("0.32"));

        Money spent = fillAll(kit, batch);

        // Mispricing: 5 sets x ($1 - $0.90) = $0.50. Fees: 0.07 x 5 x P(1-P) is $0.07056, $0.0735 and
        // $0.07616, each rounded up to $0.08: $0.24. Profit $0.26, whichever outcome wins.
        Money mispricing = Money.ofCents(50);
        Money fees = venueFee(Price.parse("0.28"), Count.ofContracts(5))
                .plus(venueFee(Price.parse("0.30"), Count.ofContracts(5)))
                .plus(venueFee(Price.parse("0.32"), Count.ofContracts(5)));
        assertThat(fees).isEqualTo(Money.ofCents(24));
        for (String winner : List.of(A, B, C)) {
            assertThat(payout(kit, winner).minus(spent)).isEqualTo(mispricing.minus(fees)).isEqualTo(Money.ofCents(26));
        }
        assertThat(kit.logLines()).anyMatch(line -> line.contains("profit $0.26") || line.contains("profit 0.26"));
    }

    @Test
    void doesNothingWhenFeesEatTheEdge() {
        StrategyTestKit kit = started();
        // $0.99 a set: 5 sets would gain $0.05 before fees, and the fees are 3 x $0.08.
        kit.book(book(A, "0.30", 5, "0.33", 5));
        kit.book(book(B, "0.30", 5, "0.33", 5));
        kit.book(book(C, "0.30", 5, "0.33", 5));

        assertThat(kit.commands(SubmitBatch.class)).isEmpty();
        assertThat(kit.commands(SubmitOrder.class)).isEmpty();

        // The same books with no fee: the edge is there, and it is the fees that stopped it.
        StrategyTestKit free = started("fee-rate=0");
        free.book(book(A, "0.30", 5, "0.33", 5));
        free.book(book(B, "0.30", 5, "0.33", 5));
        free.book(book(C, "0.30", 5, "0.33", 5));
        assertThat(free.commands(SubmitBatch.class)).hasSize(1);
    }

    @Test
    void minEdgeIsPerSet() {
        // $0.26 on 5 sets is $0.052 a set: a min-edge of $0.06 refuses it, $0.05 takes it.
        StrategyTestKit strict = started("min-edge=0.06");
        StrategyTestKit loose = started("min-edge=0.05");
        for (StrategyTestKit kit : List.of(strict, loose)) {
            kit.book(book(A, "0.25", 50, "0.28", 5));
            kit.book(book(B, "0.27", 50, "0.30", 8));
            kit.book(book(C, "0.29", 50, "0.32", 10));
        }
        assertThat(strict.commands(SubmitBatch.class)).isEmpty();
        assertThat(loose.commands(SubmitBatch.class)).hasSize(1);
    }

    @Test
    void buysEveryNoWhenTheNoAsksSumBelowNMinusOne() {
        StrategyTestKit kit = started();
        // YES bids 0.40 + 0.35 + 0.35: NO asks 0.60 + 0.65 + 0.65 = $1.90 < $2. YES asks sum to $1.16.
        kit.book(book(A, "0.40", 4, "0.42", 30));
        kit.book(book(B, "0.35", 6, "0.37", 30));
        kit.book(book(C, "0.35", 9, "0.37", 30));

        SubmitBatch batch = kit.commands(SubmitBatch.class).get(0);
        assertThat(batch.requests()).allSatisfy(order -> {
            assertThat(order.side()).isEqualTo(BookSide.ASK);
            assertThat(order.count()).isEqualTo(Count.ofContracts(4));
            assertThat(order.timeInForce()).isEqualTo(TimeInForce.IMMEDIATE_OR_CANCEL);
        });
        // Selling YES at the bid is buying NO at 1 - the bid.
        assertThat(batch.requests()).extracting(OrderRequest::yesPrice)
                .containsExactly(Price.parse("0.40"), Price.parse("0.35"), Price.parse("0.35"));

        Money spent = fillAll(kit, batch);

        // 4 sets pay 4 x $2 = $8 and cost 4 x $1.90 = $7.60: $0.40 mispricing. Fees 0.07 x 4 x P(1-P):
        // $0.0672 and twice $0.0637, each up to $0.07: $0.21. Profit $0.19 whichever wins.
        for (String ticker : List.of(A, B, C)) {
            assertThat(kit.position(ticker)).isEqualTo(Count.ofContracts(-4));
        }
        Money fees = Money.ofCents(21);
        for (String winner : List.of(A, B, C)) {
            assertThat(payout(kit, winner).minus(spent)).isEqualTo(Money.ofCents(40).minus(fees));
        }
    }

    @Test
    void respectsTheThinnestLevelAndTheSizeCap() {
        StrategyTestKit kit = started();
        kit.book(book(A, "0.20", 50, "0.25", 40));
        kit.book(book(B, "0.20", 50, "0.25", 3));
        kit.book(book(C, "0.20", 50, "0.25", 40));
        assertThat(kit.commands(SubmitBatch.class).get(0).requests())
                .allSatisfy(order -> assertThat(order.count()).isEqualTo(Count.ofContracts(3)));

        StrategyTestKit capped = started("size=2");
        capped.book(book(A, "0.20", 50, "0.25", 40));
        capped.book(book(B, "0.20", 50, "0.25", 40));
        capped.book(book(C, "0.20", 50, "0.25", 40));
        assertThat(capped.commands(SubmitBatch.class).get(0).requests())
                .allSatisfy(order -> assertThat(order.count()).isEqualTo(Count.ofContracts(2)));
    }

    @Test
    void noTradeWhenABookIsMissingASide() {
        StrategyTestKit kit = started();
        // C has no YES ask (nobody sells it) and A no YES bid: neither set can be bought whole.
        kit.book(book(A, null, 0, "0.20", 10));
        kit.book(book(B, "0.20", 10, "0.25", 10));
        kit.book(book(C, "0.90", 10, null, 0));

        assertThat(kit.commands(SubmitBatch.class)).isEmpty();
        assertThat(kit.commands(SubmitOrder.class)).isEmpty();
    }

    @Test
    void tradesOnceUntilEveryLegHasAFreshBook() {
        StrategyTestKit kit = started();
        kit.book(book(A, "0.25", 50, "0.28", 5));
        kit.book(book(B, "0.27", 50, "0.30", 8));
        kit.book(book(C, "0.29", 50, "0.32", 10));
        fillAll(kit, kit.commands(SubmitBatch.class).get(0));

        // The same (stale) books again for two legs: still no second trade.
        kit.book(book(A, "0.25", 50, "0.28", 5));
        kit.book(book(B, "0.27", 50, "0.30", 8));
        assertThat(kit.commands(SubmitBatch.class)).hasSize(1);
        kit.book(book(C, "0.29", 50, "0.32", 10));
        assertThat(kit.commands(SubmitBatch.class)).hasSize(2);
    }

    @Test
    void waitsForTheWriteBudgetToHoldEveryLeg() {
        // 3 creates a second: the first trade empties the bucket, the next waits a second for all three.
        StrategyTestKit kit = started("max-writes-per-second=3");
        kit.book(book(A, "0.25", 50, "0.28", 5));
        kit.book(book(B, "0.27", 50, "0.30", 8));
        kit.book(book(C, "0.29", 50, "0.32", 10));
        fillAll(kit, kit.commands(SubmitBatch.class).get(0));
        kit.book(book(A, "0.25", 50, "0.28", 5));
        kit.book(book(B, "0.27", 50, "0.30", 8));
        kit.book(book(C, "0.29", 50, "0.32", 10));
        assertThat(kit.commands(SubmitBatch.class)).hasSize(1);

        kit.advanceBy(999_000_000L);
        assertThat(kit.commands(SubmitBatch.class)).hasSize(1);
        kit.advanceBy(1_000_000L);
        assertThat(kit.commands(SubmitBatch.class)).hasSize(2);
    }

    @Test
    void skipsAnEventWithMoreLegsThanTheBudgetCanEverSend() {
        StrategyTestKit kit = started("max-writes-per-second=2");
        kit.book(book(A, "0.25", 50, "0.28", 5));
        kit.book(book(B, "0.27", 50, "0.30", 8));
        kit.book(book(C, "0.29", 50, "0.32", 10));
        assertThat(kit.commands(SubmitBatch.class)).isEmpty();
        assertThat(kit.logLines()).anyMatch(line -> line.contains("KXEV-26JAN has 3 markets"));
    }

    @Test
    void eventsAreGroupedByTickerUpToTheLastDash() {
        assertThat(ArbEvent.eventOf("KXCPI-26JAN-T0.3")).isEqualTo("KXCPI-26JAN");
        assertThat(ArbEvent.eventOf("PLAIN")).isEqualTo("PLAIN");
    }
}
