package dev.kalshisim.kalshi.stream.book;

import static dev.kalshisim.kalshi.stream.book.BookMessages.delta;
import static dev.kalshisim.kalshi.stream.book.BookMessages.level;
import static dev.kalshisim.kalshi.stream.book.BookMessages.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.stream.OrderbookDelta;
import dev.kalshisim.core.wire.stream.PriceLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LocalOrderBookTest {

    private static final String MARKET = "FED-23DEC-T3.00";
    private static final NoSidePricing NO_LEG = NoSidePricing.NO_LEG;

    private final LocalOrderBook book = new LocalOrderBook(MARKET);

    @AfterEach
    void bookIsEitherLiveAndUncrossedOrEmpty() {
        BookSnapshot view = book.snapshot();
        if (view.isLive()) {
            assertThat(view.isCrossed()).as("a live test book is never crossed").isFalse();
        } else {
            assertThat(view.yesBids()).isEmpty();
            assertThat(view.noBids()).isEmpty();
        }
    }

    @Test
    void snapshotThenDeltasYieldTheExpectedBook() {
        book.applySnapshot(2, 2, snapshot(MARKET, List.of("0.0800", "300.00", "0.2200", "333.00"),
                List.of("0.5400", "20.00", "0.5600", "146.00")), NO_LEG);

        assertThat(book.applyDelta(2, 3, delta(MARKET, "0.0800", "-54.00", OutcomeSide.YES), NO_LEG))
                .isEqualTo(ApplyResult.APPLIED);
        book.applyDelta(2, 4, delta(MARKET, "0.3000", "10.50", OutcomeSide.YES), NO_LEG);
        book.applyDelta(2, 5, delta(MARKET, "0.5600", "4.00", OutcomeSide.NO), NO_LEG);

        BookSnapshot view = book.snapshot();
        assertThat(view.state()).isEqualTo(BookState.LIVE);
        assertThat(view.yesBids()).containsExactly(level("0.30", "10.50"), level("0.22", "333"), level("0.08", "246"));
        assertThat(view.noBids()).containsExactly(level("0.56", "150"), level("0.54", "20"));
        assertThat(view.sid()).isEqualTo(2);
        assertThat(view.seq()).isEqualTo(5);
    }

    @Test
    void bestBidAndAskOnBothSidesComeFromTheBids() {
        book.applySnapshot(1, 1, snapshot(MARKET, List.of("0.08", "300", "0.22", "333"),
                List.of("0.54", "20", "0.56", "146")), NO_LEG);

        BookSnapshot view = book.snapshot();

        assertThat(view.bestYesBid()).contains(level("0.22", "333"));
        assertThat(view.bestYesAsk()).contains(level("0.44", "146"));
        assertThat(view.bestNoBid()).contains(level("0.56", "146"));
        assertThat(view.bestNoAsk()).contains(level("0.78", "333"));
    }

    @Test
    void depthQueriesWalkTheLevelsBestFirst() {
        book.applySnapshot(1, 1, snapshot(MARKET, List.of("0.10", "1", "0.20", "2", "0.30", "3"),
                List.of("0.60", "4", "0.50", "5")), NO_LEG);

        BookSnapshot view = book.snapshot();

        assertThat(view.yesBids(2)).containsExactly(level("0.30", "3"), level("0.20", "2"));
        assertThat(view.yesAsks(5)).containsExactly(level("0.40", "4"), level("0.50", "5"));
        assertThat(view.noAsks(1)).containsExactly(level("0.70", "3"));
        assertThat(view.yesBidSizeAtOrAbove(Price.parse("0.20"))).isEqualTo(Count.ofContracts(5));
        assertThat(view.yesAskSizeAtOrBelow(Price.parse("0.45"))).isEqualTo(Count.ofContracts(4));
        assertThat(view.yesAskSizeAtOrBelow(Price.parse("0.50"))).isEqualTo(Count.ofContracts(9));
        assertThat(view.noBidSizeAtOrAbove(Price.parse("0.61"))).isEqualTo(Count.ZERO);
    }

    @Test
    void aLevelReachingZeroIsRemoved() {
        book.applySnapshot(1, 1, snapshot(MARKET, List.of("0.40", "5"), List.of("0.50", "7")), NO_LEG);

        book.applyDelta(1, 2, delta(MARKET, "0.40", "-5", OutcomeSide.YES), NO_LEG);

        assertThat(book.snapshot().yesBids()).isEmpty();
        assertThat(book.snapshot().bestNoAsk()).isEmpty();
        assertThat(book.snapshot().bestYesAsk()).contains(level("0.50", "7"));
    }

    @Test
    void aNegativeLevelInvalidatesTheBook() {
        book.applySnapshot(1, 1, snapshot(MARKET, List.of("0.40", "5"), List.of()), NO_LEG);

        ApplyResult result = book.applyDelta(1, 2, delta(MARKET, "0.40", "-6", OutcomeSide.YES), NO_LEG);

        assertThat(result).isEqualTo(ApplyResult.REJECTED);
        assertThat(book.state()).isEqualTo(BookState.INVALID);
        assertThat(book.snapshot().invalidReason()).contains("0.4000").contains("-1.00");
        assertThat(book.snapshot().yesBids()).isEmpty();
    }

    @Test
    void deltasBeforeTheFirstSnapshotAreIgnored() {
        assertThat(book.applyDelta(1, 1, delta(MARKET, "0.40", "5", OutcomeSide.YES), NO_LEG))
                .isEqualTo(ApplyResult.IGNORED);

        book.applySnapshot(1, 2, snapshot(MARKET, List.of("0.40", "5"), List.of()), NO_LEG);

        assertThat(book.snapshot().yesBids()).containsExactly(level("0.40", "5"));
    }

    @Test
    void aSnapshotReplacesEverythingAndRevivesAnInvalidBook() {
        book.applySnapshot(1, 1, snapshot(MARKET, List.of("0.40", "5"), List.of("0.30", "2")), NO_LEG);
        book.invalidate("test");
        assertThat(book.applyDelta(1, 2, delta(MARKET, "0.40", "1", OutcomeSide.YES), NO_LEG))
                .isEqualTo(ApplyResult.IGNORED);

        book.applySnapshot(1, 3, snapshot(MARKET, List.of("0.41", "1"), List.of()), NO_LEG);

        assertThat(book.snapshot().state()).isEqualTo(BookState.LIVE);
        assertThat(book.snapshot().invalidReason()).isNull();
        assertThat(book.snapshot().yesBids()).containsExactly(level("0.41", "1"));
        assertThat(book.snapshot().noBids()).isEmpty();
    }

    @Test
    void aSnapshotWithARepeatedOrNegativeLevelIsRejected() {
        assertThat(book.applySnapshot(1, 1, snapshot(MARKET, List.of("0.40", "5", "0.4000", "1"), List.of()), NO_LEG))
                .isEqualTo(ApplyResult.REJECTED);
        assertThat(book.snapshot().invalidReason()).contains("twice");

        LocalOrderBook other = new LocalOrderBook(MARKET);
        assertThat(other.applySnapshot(1, 1, snapshot(MARKET, List.of(), List.of("0.40", "-5")), NO_LEG))
                .isEqualTo(ApplyResult.REJECTED);
        assertThat(other.state()).isEqualTo(BookState.INVALID);
    }

    @Test
    void zeroLevelsInASnapshotAreLeftOut() {
        book.applySnapshot(1, 1, snapshot(MARKET, List.of("0.40", "0", "0.30", "1"), List.of()), NO_LEG);

        assertThat(book.snapshot().bestYesBid()).contains(level("0.30", "1"));
    }

    @Test
    void yesLegPricingIsConvertedToNoLegPrices() {
        NoSidePricing yesLeg = NoSidePricing.YES_LEG;
        // NO bids at NO prices 0.54 and 0.56 arrive as YES-leg prices 0.46 and 0.44.
        book.applySnapshot(1, 1, snapshot(MARKET, List.of("0.22", "333"), List.of("0.46", "20", "0.44", "146")), yesLeg);
        book.applyDelta(1, 2, delta(MARKET, "0.44", "-46", OutcomeSide.NO), yesLeg);
        book.applyDelta(1, 3, delta(MARKET, "0.22", "1", OutcomeSide.YES), yesLeg);

        BookSnapshot view = book.snapshot();

        assertThat(view.noBids()).containsExactly(level("0.56", "100"), level("0.54", "20"));
        assertThat(view.bestYesAsk()).contains(level("0.44", "100"));
        assertThat(view.bestYesBid()).contains(level("0.22", "334"));
    }

    @Test
    void bothPricingsOfTheSameBookGiveTheSameBook() {
        LocalOrderBook viaYesLeg = new LocalOrderBook(MARKET);
        book.applySnapshot(1, 1, snapshot(MARKET, List.of("0.10", "1"), List.of("0.7123", "3")), NO_LEG);
        viaYesLeg.applySnapshot(1, 1, snapshot(MARKET, List.of("0.10", "1"), List.of("0.2877", "3")), NoSidePricing.YES_LEG);
        book.applyDelta(1, 2, delta(MARKET, "0.7000", "2", OutcomeSide.NO), NO_LEG);
        viaYesLeg.applyDelta(1, 2, delta(MARKET, "0.3000", "2", OutcomeSide.NO), NoSidePricing.YES_LEG);

        assertThat(viaYesLeg.snapshot().noBids()).isEqualTo(book.snapshot().noBids());
        assertThat(viaYesLeg.snapshot().yesAsks(10)).isEqualTo(book.snapshot().yesAsks(10));
    }

    @Test
    void aMessageForAnotherMarketIsAProgrammingError() {
        assertThatThrownBy(() -> book.applyDelta(1, 1, delta("OTHER", "0.40", "1", OutcomeSide.YES), NO_LEG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OTHER");
    }

    @Test
    void snapshotsAreCachedUntilTheBookChanges() {
        book.applySnapshot(1, 1, snapshot(MARKET, List.of("0.40", "5"), List.of()), NO_LEG);

        BookSnapshot first = book.snapshot();

        assertThat(book.snapshot()).isSameAs(first);
        book.applyDelta(1, 2, delta(MARKET, "0.40", "1", OutcomeSide.YES), NO_LEG);
        assertThat(book.snapshot()).isNotSameAs(first);
        assertThat(first.yesBids()).containsExactly(level("0.40", "5"));
    }

    @Test
    void randomDeltasMatchAReferenceBook() {
        Random random = new Random(20240611L);
        for (NoSidePricing pricing : NoSidePricing.values()) {
            LocalOrderBook subject = new LocalOrderBook(MARKET);
            NavigableMap<Long, Long> yes = new TreeMap<>();
            NavigableMap<Long, Long> no = new TreeMap<>();
            subject.applySnapshot(1, 1, snapshot(MARKET, List.of(), List.of()), pricing);
            for (int seq = 2; seq < 5_000; seq++) {
                boolean yesSide = random.nextBoolean();
                NavigableMap<Long, Long> reference = yesSide ? yes : no;
                // A small grid of sub-cent prices so that levels are hit, emptied and refilled often.
                long noLegOrYesPrice = 100 + 37L * random.nextInt(200);
                long current = reference.getOrDefault(noLegOrYesPrice, 0L);
                long change = random.nextInt(4) == 0 ? -current : random.nextInt(5_000) - Math.min(current, 2_500);
                reference.merge(noLegOrYesPrice, change, Long::sum);
                reference.remove(noLegOrYesPrice, 0L);
                Price wirePrice = Price.ofUnits(noLegOrYesPrice);
                if (!yesSide && pricing == NoSidePricing.YES_LEG) {
                    wirePrice = wirePrice.complement();
                }
                OrderbookDelta delta = OrderbookDelta.of(MARKET, "id", wirePrice, Count.ofHundredths(change),
                        yesSide ? OutcomeSide.YES : OutcomeSide.NO, seq);

                assertThat(subject.applyDelta(1, seq, delta, pricing)).isEqualTo(ApplyResult.APPLIED);
                assertThat(subject.snapshot().yesBids()).isEqualTo(bestFirst(yes));
                assertThat(subject.snapshot().noBids()).isEqualTo(bestFirst(no));
            }
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void snapshotsStayConsistentUnderConcurrentReaders() throws Exception {
        int deltas = 3_000;
        Random random = new Random(7L);
        List<OrderbookDelta> script = new ArrayList<>();
        List<List<PriceLevel>> yesAfter = new ArrayList<>();
        NavigableMap<Long, Long> yes = new TreeMap<>();
        yesAfter.add(List.of());
        for (int i = 0; i < deltas; i++) {
            long price = 100L * (1 + random.nextInt(20));
            long change = random.nextBoolean() ? 100 : -yes.getOrDefault(price, 0L);
            yes.merge(price, change, Long::sum);
            yes.remove(price, 0L);
            script.add(OrderbookDelta.of(MARKET, "id", Price.ofUnits(price), Count.ofHundredths(change), OutcomeSide.YES, i));
            yesAfter.add(bestFirst(yes));
        }
        // seq 1 is the empty snapshot; delta i has seq i + 2, so a view of seq s must equal yesAfter[s - 1].
        book.applySnapshot(1, 1, snapshot(MARKET, List.of(), List.of()), NO_LEG);
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch readersStarted = new CountDownLatch(3);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    readersStarted.countDown();
                    int checked = 0;
                    while (writing.get() || checked == 0) {
                        BookSnapshot view = book.snapshot();
                        assertThat(view.yesBids()).isEqualTo(yesAfter.get((int) view.seq() - 1));
                        checked++;
                    }
                    return checked;
                }));
            }
            Future<?> writer = pool.submit(() -> {
                awaitQuietly(readersStarted);
                for (int i = 0; i < deltas; i++) {
                    book.applyDelta(1, i + 2, script.get(i), NO_LEG);
                }
                writing.set(false);
            });
            writer.get();
            for (Future<Integer> reader : readers) {
                assertThat(reader.get()).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(book.snapshot().yesBids()).isEqualTo(yesAfter.get(deltas));
    }

    private static List<PriceLevel> bestFirst(NavigableMap<Long, Long> levels) {
        List<PriceLevel> out = new ArrayList<>();
        for (Map.Entry<Long, Long> entry : levels.descendingMap().entrySet()) {
            out.add(new PriceLevel(Price.ofUnits(entry.getKey()), Count.ofHundredths(entry.getValue())));
        }
        return out;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
