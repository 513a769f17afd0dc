package dev.kalshisim.sim.replay;

import static dev.kalshisim.core.model.OutcomeSide.NO;
import static dev.kalshisim.core.model.OutcomeSide.YES;
import static dev.kalshisim.sim.replay.ReplayScript.MARKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.kalshisim.data.replay.ReplayLogFormat;
import dev.kalshisim.sim.replay.ReplayScript.Fill;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradesFillModelTest {

    private static final int Y = ReplayLogFormat.SIDE_YES;
    private static final int N = ReplayLogFormat.SIDE_NO;

    @TempDir
    Path temp;

    private static TradesFillModel model() {
        return new TradesFillModel(QueueModels.probabilistic(), 1);
    }

    private static List<String> takeable(FillModel model, int takerSide, int limit) {
        List<String> levels = new ArrayList<>();
        model.takeable(MARKET, takerSide, limit, (side, price, q) -> levels.add(side + ":" + price + ":" + q));
        return levels;
    }

    @Test
    void aPrintThroughTheOrdersPriceFillsItUpToThePrintsSize() {
        List<Fill> fills = new ReplayScript()
                .trade(4000, 50, NO) // a big print first: the estimated queue would be 50
                .join("A", YES, 4600, 5)
                .trade(4500, 3, NO)
                .trade(4400, 10, NO)
                .run(model(), temp);
        assertThat(fills).extracting(Fill::orderId, Fill::hundredths).containsExactly(tuple("A", 300L), tuple("A", 200L));
    }

    @Test
    void aPrintAtTheOrdersPriceFillsItOnlyAfterTheEstimatedQueueAhead() {
        long[] ahead = new long[1];
        List<Fill> fills = new ReplayScript()
                .trade(4500, 2, YES)
                .trade(4500, 6, YES) // mean print size 4
                .join("A", YES, 4500, 5)
                .then(m -> ahead[0] = ((TradesFillModel) m).queueAhead("A"))
                .trade(4500, 3, NO)
                .trade(4500, 3, NO)
                .run(model(), temp);
        assertThat(ahead[0]).isEqualTo(400);
        assertThat(fills).extracting(Fill::orderId, Fill::hundredths).containsExactly(tuple("A", 200L));
        assertThat(fills.get(0).afterRecords()).isEqualTo(4);
    }

    @Test
    void aPrintWhoseTakerIsOnTheOrdersSideOrAtAWorsePriceDoesNotFillIt() {
        List<Fill> fills = new ReplayScript()
                .join("bid", YES, 4500, 5)
                .join("ask", NO, 5300, 5) // a YES ask at 0.47
                .trade(4500, 10, YES) // a YES buyer at 0.45: it bought from someone else's ask
                .trade(4600, 10, NO) // a YES seller at 0.46: above the bid
                .trade(4600, 10, YES) // a YES buyer at 0.46: below the ask
                .run(model(), temp);
        assertThat(fills).isEmpty();
    }

    @Test
    void bothSidesFillFromPrintsOnTheirSide() {
        List<Fill> fills = new ReplayScript()
                .join("ask", NO, 5300, 5) // YES ask at 0.47, nothing estimated ahead yet
                .trade(4700, 2, YES)
                .join("bid", YES, 4500, 5)
                .trade(4400, 1, null) // unknown taker, through the bid: it sold below it
                .trade(4500, 1, null) // unknown taker at the bid's price: no telling
                .run(model(), temp);
        assertThat(fills).extracting(Fill::orderId, Fill::hundredths).containsExactly(tuple("ask", 200L),
                tuple("bid", 100L));
    }

    @Test
    void anArrivingOrderTakesOnlyTheLatestQuoteAtTheLastPrintsSize() {
        List<List<String>> seen = new ArrayList<>();
        new ReplayScript()
                .ticker(4500L, 4700L)
                .then(m -> seen.add(takeable(m, Y, 9900))) // no print yet: no size to offer
                .trade(4700, 5, YES) // the ask traded 5
                .then(m -> seen.add(takeable(m, Y, 4700)))
                .then(m -> seen.add(takeable(m, Y, 4600))) // limit below the ask
                .then(m -> m.taken(MARKET, N, 5300, 200))
                .then(m -> seen.add(takeable(m, Y, 4700)))
                .ticker(4500L, 4700L) // the same quote again: what was taken stays taken
                .then(m -> seen.add(takeable(m, Y, 4700)))
                .ticker(4500L, 4800L) // a new ask, at the last print's size
                .then(m -> seen.add(takeable(m, Y, 4800)))
                .then(m -> seen.add(takeable(m, N, 5500))) // selling YES at 0.45 or more
                .run(model(), temp);
        assertThat(seen).containsExactly(List.of(), List.of("2:5300:500"), List.of(), List.of("2:5300:300"),
                List.of("2:5300:300"), List.of("2:5200:500"), List.of("1:4500:500"));
    }

    @Test
    void theModelNamesItselfAndItsQueueModel() {
        assertThat(model().name()).isEqualTo("trades");
        assertThat(model().queueModel()).isEqualTo("probabilistic");
    }
}
