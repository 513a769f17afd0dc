package dev.kalshisim.sim.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Trade;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SyntheticFlowTest {

    /**
     * How far the mids of an exclusive event may sum from $1, in $0.0001: each outcome's mid may sit
     * up to half a spread plus a cent of inventory skew from its fair value, so $0.01 per outcome.
     */
    private static final long MID_SUM_TOLERANCE_PER_OUTCOME = 100;

    @Test
    void fiveSecondsOfFlowTradeAndQuoteBothSidesOfEveryMarket() {
        DemoFixture fixture = new DemoFixture(7L);
        fixture.demo.start();
        fixture.advanceSeconds(5);

        assertThat(fixture.trades()).isNotEmpty();
        for (String ticker : fixture.demo.tickers()) {
            assertThat(fixture.twoSided(ticker)).as("both sides quoted in " + ticker).isTrue();
            assertThat(fixture.bestBidUnits(ticker)).as(ticker).isLessThan(fixture.bestAskUnits(ticker));
        }
        assertThat(fixture.exchange.checkInvariants()).isEmpty();
    }

    @Test
    void exclusiveEventMidsSumToAboutOneDollar() {
        DemoFixture fixture = new DemoFixture(11L);
        fixture.demo.start();
        for (int second = 5; second <= 120; second += 5) {
            fixture.advanceSeconds(5);
            for (DemoEvent event : fixture.demo.events()) {
                if (!event.mutuallyExclusive()) {
                    continue;
                }
                long sum = event.markets().stream().mapToLong(m -> fixture.midUnits(m.ticker())).sum();
                long tolerance = MID_SUM_TOLERANCE_PER_OUTCOME * event.markets().size();
                assertThat(sum).as(event.eventTicker() + " at " + second + " s").isBetween(10_000 - tolerance,
                        10_000 + tolerance);
                long fairSum = event.markets().stream()
                        .mapToLong(m -> fixture.demo.flow().fairValue(m.ticker()).units()).sum();
                assertThat(fairSum).as("fair values of " + event.eventTicker()).isBetween(9_995L, 10_005L);
            }
        }
    }

    @Test
    void sameSeedGivesTheSameTrades() {
        List<String> first = tradesAfter(30, 1234L);
        List<String> second = tradesAfter(30, 1234L);
        assertThat(first).hasSizeGreaterThan(20);
        assertThat(second).containsExactlyElementsOf(first);
    }

    @Test
    void differentSeedGivesDifferentTrades() {
        assertThat(tradesAfter(30, 1L)).isNotEqualTo(tradesAfter(30, 2L));
    }

    @Test
    void tenMinutesOfFlowKeepEveryInvariantAndEveryMemberFunded() {
        DemoFixture fixture = new DemoFixture(99L);
        fixture.demo.start();
        for (int minute = 1; minute <= 10; minute++) {
            fixture.advanceSeconds(60);
            assertThat(fixture.exchange.checkInvariants()).as("after minute " + minute).isEmpty();
        }
        for (String member : fixture.exchange.members()) {
            Money available = fixture.exchange.balance(member).orElseThrow().available();
            assertThat(available).as(member).isGreaterThan(Money.ofDollars(100_000));
        }
        for (String ticker : fixture.demo.tickers()) {
            assertThat(fixture.twoSided(ticker)).as(ticker).isTrue();
        }
        assertThat(fixture.trades().size()).isGreaterThan(500);
    }

    @Test
    void jumpMovesFairValueAndBookAndSweepsStaleQuotes() {
        DemoFixture fixture = new DemoFixture(SyntheticFlowConfig.defaults(5L).withJumpBasisPoints(0));
        fixture.demo.start();
        fixture.advanceSeconds(5);
        String ticker = "KXFED-26OCT-T4.00";
        long fairBefore = fixture.demo.flow().fairValue(ticker).units();
        long midBefore = fixture.midUnits(ticker);
        int tradesBefore = fixture.trades(ticker).size();

        fixture.demo.flow().jump(ticker);

        long fairAfter = fixture.demo.flow().fairValue(ticker).units();
        long moved = fairAfter - fairBefore;
        long smallestJump = VarianceScale.scale(SyntheticFlowConfig.defaults(5L).jumpMinUnits(), fairBefore);
        assertThat(Math.abs(moved)).isGreaterThanOrEqualTo(smallestJump).isGreaterThanOrEqualTo(400);
        assertThat(fixture.trades(ticker).size()).as("the sweep traded").isGreaterThan(tradesBefore);
        // The makers re-quoted around the new value at once.
        assertThat(Math.abs(fixture.midUnits(ticker) - fairAfter)).isLessThanOrEqualTo(200);
        assertThat(Long.signum(fixture.midUnits(ticker) - midBefore)).isEqualTo(Long.signum(moved));
        fixture.advanceSeconds(2);
        assertThat(Math.abs(fixture.midUnits(ticker) - midBefore)).isGreaterThanOrEqualTo(Math.abs(moved) / 2);
        assertThat(fixture.exchange.checkInvariants()).isEmpty();
    }

    @Test
    void jumpInAnExclusiveEventMakesTheOthersGiveWay() {
        DemoFixture fixture = new DemoFixture(SyntheticFlowConfig.defaults(3L).withJumpBasisPoints(0));
        fixture.demo.start();
        fixture.advanceSeconds(2);
        DemoEvent fed = fixture.demo.events().get(0);
        long[] before = fed.markets().stream().mapToLong(m -> fixture.demo.flow().fairValue(m.ticker()).units())
                .toArray();

        fixture.demo.flow().jump("KXFEDDECISION-26OCT-H0");

        long[] after = fed.markets().stream().mapToLong(m -> fixture.demo.flow().fairValue(m.ticker()).units())
                .toArray();
        long heldMove = after[2] - before[2];
        assertThat(Math.abs(heldMove)).isGreaterThanOrEqualTo(VarianceScale.scale(500, before[2]));
        // The outcomes are bins of one factor: together the others give way by what the held outcome
        // gained or lost (each need not: news of a cut lowers "hike" along with "hold").
        long othersMove = 0;
        for (int i : new int[] {0, 1, 3, 4}) {
            othersMove += after[i] - before[i];
        }
        assertThat(othersMove).isBetween(-heldMove - 10, -heldMove + 10);
        assertThat(after[0] + after[1] + after[2] + after[3] + after[4]).isBetween(9_995L, 10_005L);
    }

    @Test
    void jumpOnAnUnknownTickerIsRefused() {
        DemoFixture fixture = new DemoFixture(1L);
        assertThatThrownBy(() -> fixture.demo.flow().jump("NOPE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NOPE");
    }

    @Test
    void stopStopsAllActivityAndStartResumesIt() {
        DemoFixture fixture = new DemoFixture(21L);
        fixture.demo.start();
        fixture.advanceSeconds(5);
        fixture.demo.stop();
        assertThat(fixture.demo.flow().isRunning()).isFalse();
        int trades = fixture.trades().size();
        AtomicInteger events = new AtomicInteger();
        fixture.exchange.addListener(event -> events.incrementAndGet());

        fixture.advanceSeconds(60);

        assertThat(events).hasValue(0);
        assertThat(fixture.trades()).hasSize(trades);

        fixture.demo.start();
        fixture.advanceSeconds(5);
        assertThat(events.get()).isPositive();
        assertThat(fixture.trades().size()).isGreaterThan(trades);
    }

    @Test
    void nothingTradesBeforeStart() {
        DemoFixture fixture = new DemoFixture(21L);
        fixture.advanceSeconds(5);
        assertThat(fixture.trades()).isEmpty();
        assertThat(fixture.demo.flow().isRunning()).isFalse();
    }

    @Test
    void makersQuoteSubCentPricesOnSubCentGrids() {
        DemoFixture fixture = new DemoFixture(8L);
        fixture.demo.start();
        List<Long> prices = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            fixture.advanceSeconds(1);
            fixture.book("KXBTCD-26SEP0317-T119999.99").yesDollars().forEach(l -> prices.add(l.price().units()));
        }
        assertThat(prices).anyMatch(units -> units % 100 != 0);
    }

    /** Each trade of a {@code seconds} run with {@code seed} as "id ticker price count time". */
    private static List<String> tradesAfter(long seconds, long seed) {
        DemoFixture fixture = new DemoFixture(seed);
        fixture.demo.start();
        fixture.advanceSeconds(seconds);
        fixture.demo.stop();
        List<String> out = new ArrayList<>();
        for (Trade trade : fixture.trades()) {
            out.add(trade.tradeId() + " " + trade.ticker() + " " + trade.yesPriceDollars() + " " + trade.countFp()
                    + " " + trade.createdTime());
        }
        return out;
    }
}
