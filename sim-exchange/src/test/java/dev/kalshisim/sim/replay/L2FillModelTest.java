package dev.kalshisim.sim.replay;

import static dev.kalshisim.core.model.OutcomeSide.NO;
import static dev.kalshisim.core.model.OutcomeSide.YES;
import static dev.kalshisim.sim.replay.ReplayScript.MARKET;
import static dev.kalshisim.sim.replay.ReplayScript.level;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.kalshisim.data.replay.ReplayLogFormat;
import dev.kalshisim.sim.replay.ReplayScript.Fill;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class L2FillModelTest {

    private static final int Y = ReplayLogFormat.SIDE_YES;
    private static final int N = ReplayLogFormat.SIDE_NO;

    @TempDir
    Path temp;

    private static L2FillModel model(QueueModel queue) {
        return new L2FillModel(queue, new SplittableRandom(7), 1);
    }

    /** Levels a taker could take, as "side:price:hundredths". */
    private static List<String> takeable(FillModel model, int takerSide, int limit) {
        List<String> levels = new ArrayList<>();
        model.takeable(MARKET, takerSide, limit, (side, price, q) -> levels.add(side + ":" + price + ":" + q));
        return levels;
    }

    private static long ahead(FillModel model, String id) {
        return ((L2FillModel) model).queueAhead(id);
    }

    @Test
    void anOrderAtTheBackOfALevelFillsOnlyAfterTheQuantityAheadTrades() {
        List<Long> aheadSeen = new ArrayList<>();
        ReplayScript script = new ReplayScript()
                .snapshot(List.of(level(4500, 10)), List.of(level(5400, 20)))
                .join("A", YES, 4500, 5)
                .then(m -> aheadSeen.add(ahead(m, "A")))
                .tradeAndDelta(4500, 6, NO)
                .then(m -> aheadSeen.add(ahead(m, "A")))
                .tradeAndDelta(4500, 4, NO)
                .then(m -> aheadSeen.add(ahead(m, "A")))
                .tradeAndDelta(4500, 3, NO);
        // Optimistic: were the trade's own delta taken for a cancel, the order would move up twice.
        List<Fill> fills = script.run(model(QueueModels.optimistic()), temp);

        assertThat(aheadSeen).containsExactly(1000L, 400L, 0L);
        assertThat(fills).extracting(Fill::orderId, Fill::hundredths).containsExactly(
                tuple("A", 300L));
        // Reported by the third print (snapshot 4 records, then print, delta, print, delta, print).
        assertThat(fills.get(0).afterRecords()).isEqualTo(9);
    }

    @Test
    void aTradeOnTheOtherSideOrAtAWorsePriceDoesNotFill() {
        List<Fill> fills = new ReplayScript()
                .snapshot(List.of(level(4500, 10), level(4400, 10)), List.of(level(5400, 20)))
                .join("A", YES, 4400, 5)
                .tradeAndDelta(4600, 20, YES) // a buyer of YES hit the NO bids
                .tradeAndDelta(4500, 10, NO) // a seller of YES took the better YES level only
                .run(model(QueueModels.optimistic()), temp);
        assertThat(fills).isEmpty();
    }

    @Test
    void aTradeThroughThePriceFillsFullyBestPriceFirst() {
        List<Fill> fills = new ReplayScript()
                .snapshot(List.of(level(4500, 10)), List.of(level(5400, 20)))
                .join("low", YES, 4600, 5)
                .join("high", YES, 4700, 4)
                .tradeAndDelta(4500, 20, NO)
                .run(model(QueueModels.conservative()), temp);
        assertThat(fills).extracting(Fill::orderId, Fill::hundredths).containsExactly(
                tuple("high", 400L), tuple("low", 500L));
    }

    @Test
    void ordersAtOneLevelKeepTheirOrderAndARejoinGoesToTheBack() {
        FillModel model = model(QueueModels.conservative());
        List<Fill> fills = new ReplayScript()
                .snapshot(List.of(level(4500, 2)), List.of())
                .join("A", YES, 4500, 3)
                .join("B", YES, 4500, 3)
                .tradeAndDelta(4500, 4, NO) // 2 ahead, then 2 of A
                .then(m -> {
                    m.resized("A", 100);
                    // A is amended and loses its place: it rejoins behind B.
                    m.left("A");
                    m.joined(new FillModel.StrategyOrder("A", MARKET, Y, 4500, 100));
                })
                .trade(4500, 4, NO)
                .run(model, temp);
        assertThat(fills).extracting(Fill::orderId, Fill::hundredths).containsExactly(
                tuple("A", 200L), tuple("B", 300L),
                tuple("A", 100L));
    }

    @Test
    void cancelsMoveTheOrderUpAsTheQueueModelSays() {
        long conservative = aheadAfterCancels(QueueModels.conservative(), 1);
        long optimistic = aheadAfterCancels(QueueModels.optimistic(), 1);
        assertThat(conservative).isEqualTo(1000); // never moves up on a cancel
        assertThat(optimistic).isEqualTo(700); // both cancels ahead, whole
        List<Long> probabilistic = new ArrayList<>();
        for (long seed = 1; seed <= 40; seed++) {
            probabilistic.add(aheadAfterCancels(QueueModels.probabilistic(), seed));
        }
        // Each draw puts a whole cancel ahead or behind: the three outcomes all occur over seeds.
        assertThat(probabilistic).allMatch(a -> a == 1000 || a == 900 || a == 800 || a == 700);
        assertThat(probabilistic).contains(1000L, 700L);
        assertThat(aheadAfterCancels(QueueModels.probabilistic(), 3))
                .isEqualTo(aheadAfterCancels(QueueModels.probabilistic(), 3));
    }

    private long aheadAfterCancels(QueueModel queue, long seed) {
        long[] ahead = new long[1];
        new ReplayScript()
                .snapshot(List.of(level(4500, 10)), List.of())
                .join("A", YES, 4500, 5)
                .delta(YES, 4500, 10) // joins behind
                .delta(YES, 4500, -1) // cancels no trade explains
                .delta(YES, 4500, -2)
                .then(m -> ahead[0] = ahead(m, "A"))
                .run(new L2FillModel(queue, new SplittableRandom(seed), 1), temp);
        return ahead[0];
    }

    @Test
    void aCancelBiggerThanEverythingBehindMovesEvenAConservativeOrderUp() {
        long[] ahead = new long[1];
        new ReplayScript()
                .snapshot(List.of(level(4500, 10)), List.of())
                .join("A", YES, 4500, 5)
                .delta(YES, 4500, 3)
                .delta(YES, 4500, -8) // only 3 stood behind A
                .then(m -> ahead[0] = ahead(m, "A"))
                .run(model(QueueModels.conservative()), temp);
        assertThat(ahead[0]).isEqualTo(500);
    }

    @Test
    void theQueueModelsFillConservativeAtMostProbabilisticAtMostOptimistic() {
        long conservative = filledOverRounds(QueueModels.conservative(), 1);
        long optimistic = filledOverRounds(QueueModels.optimistic(), 1);
        assertThat(conservative).isEqualTo(1000); // 20 rounds of 1 trade to get through 20 ahead
        assertThat(optimistic).isEqualTo(2500);
        for (long seed = 1; seed <= 20; seed++) {
            long probabilistic = filledOverRounds(QueueModels.probabilistic(), seed);
            assertThat(probabilistic).isBetween(conservative, optimistic);
            assertThat(filledOverRounds(QueueModels.log(), seed)).isBetween(conservative, optimistic);
        }
        long seeded = filledOverRounds(QueueModels.probabilistic(), 5);
        assertThat(seeded).isGreaterThan(conservative).isLessThan(optimistic)
                .isEqualTo(filledOverRounds(QueueModels.probabilistic(), 5));
    }

    /** 30 rounds at a level of 20: 4 join behind, 3 cancel, 1 trades (and its delta); the level stays 20. */
    private long filledOverRounds(QueueModel queue, long seed) {
        ReplayScript script = new ReplayScript()
                .snapshot(List.of(level(4500, 20)), List.of(level(5400, 20)))
                .join("A", YES, 4500, 50);
        for (int round = 0; round < 30; round++) {
            script.delta(YES, 4500, 4).delta(YES, 4500, -3).tradeAndDelta(4500, 1, NO);
        }
        return script.run(new L2FillModel(queue, new SplittableRandom(seed), 1), temp).stream()
                .mapToLong(Fill::hundredths).sum();
    }

    @Test
    void aDeltaThatComesBeforeItsTradeIsCountedOnce() {
        long[] ahead = new long[2];
        new ReplayScript()
                .snapshot(List.of(level(4500, 10)), List.of())
                .join("A", YES, 4500, 5)
                .delta(YES, 4500, -4) // the trade's delta, before its print
                .trade(4500, 4, NO)
                .then(m -> ahead[0] = ahead(m, "A"))
                .delta(YES, 4500, -1) // a real cancel later: no print is pending to explain it
                .then(m -> ahead[1] = ahead(m, "A"))
                .run(model(QueueModels.optimistic()), temp);
        assertThat(ahead[0]).isEqualTo(600);
        assertThat(ahead[1]).isEqualTo(500);
    }

    @Test
    void aPrintWhoseDeltaNeverCameStopsExplainingDecreasesAfterTheWindow() {
        long[] ahead = new long[1];
        new ReplayScript()
                .snapshot(List.of(level(4500, 10)), List.of())
                .join("A", YES, 4500, 5)
                .trade(4500, 2, NO)
                .after(2 * L2FillModel.RECONCILE_NANOS)
                .delta(YES, 4500, -2)
                .then(m -> ahead[0] = ahead(m, "A"))
                .run(model(QueueModels.optimistic()), temp);
        // The print took 2 ahead; the late decrease is a cancel, ahead too under optimistic.
        assertThat(ahead[0]).isEqualTo(600);
    }

    @Test
    void takeableListsCrossingLevelsBestFirstWithTheirDisplayedSizes() {
        List<List<String>> seen = new ArrayList<>();
        new ReplayScript()
                .snapshot(List.of(level(4500, 10), level(4400, 3)), List.of(level(5300, 10), level(5200, 5),
                        level(5100, 7)))
                .then(m -> seen.add(takeable(m, Y, 4800))) // buy YES at up to 0.48: NO bids at 0.52 and up
                .then(m -> seen.add(takeable(m, N, 5600))) // buy NO at up to 0.56: YES bids at 0.44 and up
                .then(m -> seen.add(takeable(m, Y, 4600)))
                .run(model(QueueModels.conservative()), temp);
        assertThat(seen.get(0)).containsExactly("2:5300:1000", "2:5200:500");
        assertThat(seen.get(1)).containsExactly("1:4500:1000", "1:4400:300");
        assertThat(seen.get(2)).isEmpty();
    }

    @Test
    void whatWasTakenIsNotOfferedAgainUntilTheRecordingRefreshesTheLevel() {
        List<List<String>> seen = new ArrayList<>();
        long[] depleted = new long[3];
        new ReplayScript()
                .snapshot(List.of(level(4500, 10)), List.of(level(5300, 10), level(5200, 5)))
                .then(m -> m.taken(MARKET, N, 5300, 400))
                .then(m -> seen.add(takeable(m, Y, 4800)))
                .then(m -> depleted[0] = m.depleted(MARKET, N, 5300))
                .delta(NO, 5200, 1) // another level: 5300 stays depleted
                .then(m -> seen.add(takeable(m, Y, 4800)))
                .then(m -> m.taken(MARKET, N, 5200, 600))
                .delta(NO, 5300, 1) // refreshed
                .then(m -> seen.add(takeable(m, Y, 4800)))
                .then(m -> depleted[1] = m.depleted(MARKET, N, 5300))
                .then(m -> depleted[2] = m.depleted(MARKET, N, 5200))
                .run(model(QueueModels.conservative()), temp);
        assertThat(seen.get(0)).containsExactly("2:5300:600", "2:5200:500");
        assertThat(seen.get(1)).containsExactly("2:5300:600", "2:5200:600");
        assertThat(seen.get(2)).containsExactly("2:5300:1100");
        assertThat(depleted).containsExactly(400, 0, 600);
    }

    @Test
    void aSnapshotResetsTheBookTheDepletionAndTheQueueAhead() {
        List<List<String>> seen = new ArrayList<>();
        long[] state = new long[3];
        new ReplayScript()
                .snapshot(List.of(level(4500, 10)), List.of(level(5300, 10), level(5000, 4)))
                .join("A", YES, 4500, 5)
                .then(m -> m.taken(MARKET, N, 5300, 1000))
                .snapshot(List.of(level(4500, 3)), List.of(level(5300, 8)))
                .then(m -> seen.add(takeable(m, Y, 5000)))
                .then(m -> state[0] = m.depleted(MARKET, N, 5300))
                .then(m -> state[1] = ahead(m, "A"))
                .then(m -> state[2] = ((L2FillModel) m).recordedSize(MARKET, N, 5000))
                .run(model(QueueModels.conservative()), temp);
        assertThat(seen.get(0)).containsExactly("2:5300:800");
        assertThat(state).containsExactly(0, 300, 0);
    }

    @Test
    void aBookIsOfferedOnlyOnceItsSnapshotHasEnded() {
        List<List<String>> seen = new ArrayList<>();
        new ReplayScript()
                .delta(NO, 5300, 10) // no snapshot yet: the book is not known
                .then(m -> seen.add(takeable(m, Y, 5000)))
                .snapshot(List.of(), List.of(level(5300, 2)))
                .then(m -> seen.add(takeable(m, Y, 5000)))
                .run(model(QueueModels.conservative()), temp);
        assertThat(seen.get(0)).isEmpty();
        assertThat(seen.get(1)).containsExactly("2:5300:200");
    }

    @Test
    void aRecordedOrderThatCrossesTheStrategysOrderIsATakerAgainstIt() {
        List<List<String>> seen = new ArrayList<>();
        long[] depleted = new long[1];
        List<Fill> fills = new ReplayScript()
                .snapshot(List.of(level(4500, 10)), List.of(level(5000, 10)))
                .join("bid48", YES, 4800, 5)
                .join("bid47", YES, 4700, 5)
                .delta(NO, 5300, 7) // a NO bid at 0.53 = a YES ask at 0.47: it would have sold to both
                .then(m -> depleted[0] = m.depleted(MARKET, N, 5300))
                .then(m -> seen.add(takeable(m, Y, 4800)))
                .delta(NO, 5100, 3) // YES ask at 0.49: crosses nothing
                .run(model(QueueModels.conservative()), temp);
        assertThat(fills).extracting(Fill::orderId, Fill::hundredths).containsExactly(
                tuple("bid48", 500L), tuple("bid47", 200L));
        assertThat(depleted[0]).isEqualTo(700);
        assertThat(seen.get(0)).isEmpty();
    }

    @Test
    void growthBetweenSnapshotsAtACrossingPriceFillsTheStrategysOrder() {
        List<Fill> fills = new ReplayScript()
                .snapshot(List.of(level(4500, 10)), List.of(level(5300, 2)))
                .join("bid48", YES, 4800, 5)
                .snapshot(List.of(level(4500, 10)), List.of(level(5300, 5)))
                .run(model(QueueModels.conservative()), temp);
        // The 2 that were there before the order joined had not traded with it; the 3 new ones would have.
        assertThat(fills).extracting(Fill::orderId, Fill::hundredths).containsExactly(
                tuple("bid48", 300L));
    }

    @Test
    void pricesOffTheCentGridGetTheirOwnLevels() {
        List<List<String>> seen = new ArrayList<>();
        List<Fill> fills = new ReplayScript()
                .snapshot(List.of(level(4500, 10)), List.of(level(5300, 10)))
                .join("A", YES, 4500, 5)
                .delta(NO, 5250, 4) // a tenth of a cent: the ladder refines
                .delta(YES, 4505, 2)
                .then(m -> seen.add(takeable(m, Y, 4800)))
                .then(m -> seen.add(takeable(m, N, 5500)))
                .tradeAndDelta(4500, 11, NO) // 10 ahead, then 1 of A
                .run(model(QueueModels.conservative()), temp);
        assertThat(seen.get(0)).containsExactly("2:5300:1000", "2:5250:400");
        assertThat(seen.get(1)).containsExactly("1:4505:200", "1:4500:1000");
        assertThat(fills).extracting(Fill::orderId, Fill::hundredths).containsExactly(
                tuple("A", 100L));
    }

    @Test
    void aPrintWithoutATakerSideHitsTheSideThatHoldsTheLevel() {
        List<Fill> fills = new ReplayScript()
                .snapshot(List.of(level(4500, 1)), List.of(level(5300, 10)))
                .join("A", YES, 4500, 5)
                .trade(4500, 3, null)
                .run(model(QueueModels.conservative()), temp);
        assertThat(fills).extracting(Fill::orderId, Fill::hundredths).containsExactly(
                tuple("A", 200L));
    }

    @Test
    void aCancelWhoseTradeComesTooLateIsNotUndone() {
        long[] ahead = new long[1];
        new ReplayScript()
                .snapshot(List.of(level(4500, 10)), List.of())
                .join("A", YES, 4500, 5)
                .delta(YES, 4500, -4) // a cancel, ahead under optimistic
                .after(2 * L2FillModel.RECONCILE_NANOS)
                .trade(4500, 4, NO) // an unrelated trade: it takes 4 more ahead
                .then(m -> ahead[0] = ahead(m, "A"))
                .run(model(QueueModels.optimistic()), temp);
        assertThat(ahead[0]).isEqualTo(200);
    }

    @Test
    void aSinkMayTellTheModelOfTheFillWhileItIsReported() {
        L2FillModel model = model(QueueModels.conservative());
        List<String> events = new ArrayList<>();
        ReplayScript script = new ReplayScript()
                .snapshot(List.of(level(4500, 1)), List.of())
                .join("A", YES, 4500, 2)
                .join("B", YES, 4500, 2)
                .trade(4500, 4, NO);
        // Run by hand with a sink that answers each fill as the engine does.
        FillModel echoing = new FillModel() {
            public String name() { return model.name(); }
            public String queueModel() { return model.queueModel(); }
            public void apply(dev.kalshisim.data.replay.ReplayCursor r, FillSink fills) {
                model.apply(r, (id, q) -> {
                    events.add(id + ":" + q);
                    fills.fill(id, q);
                    model.left(id); // A fills completely: it leaves while the record is reported
                    model.resized(id, 0);
                });
            }
            public void joined(StrategyOrder order) { model.joined(order); }
            public void resized(String id, long remaining) { model.resized(id, remaining); }
            public void left(String id) { model.left(id); }
            public void takeable(int m, int side, int limit, LevelSink levels) { model.takeable(m, side, limit, levels); }
            public void taken(int m, int side, int price, long q) { model.taken(m, side, price, q); }
            public long depleted(int m, int side, int price) { return model.depleted(m, side, price); }
        };
        script.run(echoing, temp);
        assertThat(events).containsExactly("A:200", "B:100");
        assertThat(model.queueAhead("A")).isEqualTo(-1);
        assertThat(model.queueAhead("B")).isEqualTo(-1);
    }

    @Test
    void theModelNamesItselfAndItsQueueModel() {
        FillModel model = model(QueueModels.probabilistic());
        assertThat(model.name()).isEqualTo("l2");
        assertThat(model.queueModel()).isEqualTo("probabilistic");
    }
}
