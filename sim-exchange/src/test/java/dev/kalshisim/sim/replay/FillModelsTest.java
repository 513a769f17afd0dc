package dev.kalshisim.sim.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FillModelsTest {

    private static final List<String> TICKERS = List.of("KXA", "KXB");

    @Test
    void theCommandLineNamesGiveTheirModels() {
        FillModel l2 = FillModels.create("l2", QueueModels.optimistic(), new SplittableRandom(1), TICKERS);
        FillModel trades = FillModels.create("trades", QueueModels.conservative(), new SplittableRandom(1), TICKERS);
        assertThat(l2).isInstanceOf(L2FillModel.class);
        assertThat(l2.queueModel()).isEqualTo("optimistic");
        assertThat(trades).isInstanceOf(TradesFillModel.class);
        assertThat(trades.queueModel()).isEqualTo("conservative");
    }

    @Test
    void anUnknownNameListsTheChoices() {
        assertThatThrownBy(() -> FillModels.create("book", QueueModels.optimistic(), new SplittableRandom(1), TICKERS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown fill model 'book' (choose l2 or trades)");
    }

    @Test
    void aMarketBeyondTheTableIsStillServed() {
        FillModel l2 = FillModels.create("l2", QueueModels.optimistic(), new SplittableRandom(1), TICKERS);
        l2.joined(new FillModel.StrategyOrder("A", 5, 1, 4500, 100));
        assertThat(l2.depleted(5, 1, 4500)).isZero();
        l2.left("A");
        l2.left("A"); // leaving twice is harmless: a filled order may be told twice
    }
}
