package dev.kalshisim.sim.replay;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/** The fill models by name, as the command line spells them. */
public final class FillModels {

    private FillModels() {
    }

    /**
     * A fresh model named {@code fillModel} ({@code l2} or {@code trades}) over the markets
     * {@code tickers} (the replay log's market table, index for index).
     *
     * @param queue  where cancels happen relative to the strategy's orders ({@link QueueModels})
     * @param random the backtest's seeded source, for the queue model's draws
     * @throws IllegalArgumentException naming the choices, for an unknown model
     */
    public static FillModel create(String fillModel, QueueModel queue, SplittableRandom random, List<String> tickers) {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(tickers, "tickers");
        if (L2FillModel.NAME.equals(fillModel)) {
            return new L2FillModel(queue, random, tickers.size());
        }
        if (TradesFillModel.NAME.equals(fillModel)) {
            return new TradesFillModel(queue, tickers.size());
        }
        throw new IllegalArgumentException("unknown fill model '" + fillModel + "' (choose " + L2FillModel.NAME + " or "
                + TradesFillModel.NAME + ")");
    }
}
