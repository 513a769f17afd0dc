package dev.kalshisim.sim.replay;

import dev.kalshisim.data.replay.ReplayCursor;

/**
 * The recorded rest of the market in a backtest, and how the strategy's orders trade with it.
 *
 * <p>A fill model keeps what the recording says the other traders did (books, trades, quotes) and
 * where each of the strategy's resting orders stands among them. It decides only <em>how much</em>
 * fills and when; the exchange engine applies every fill with Kalshi's rules (fees, collateral,
 * positions), so nothing here touches money.
 *
 * <p>Sides and prices follow the replay log: {@code side} is {@code ReplayLogFormat.SIDE_YES} (a
 * bid for YES) or {@code SIDE_NO} (a bid for NO, i.e. a YES ask at 1 - price), and prices are core
 * {@code Price} units (1/10,000 $) on that side's own leg. Quantities are core {@code Count}
 * hundredths. Markets are the replay log's market indexes.
 *
 * <p>Single-threaded: the backtest calls it from its one loop thread.
 */
public interface FillModel {

    /** The model's name as the command line spells it: {@code l2} or {@code trades}. */
    String name();

    /** The queue model's name ({@code conservative}, {@code probabilistic}, {@code optimistic}). */
    String queueModel();

    /**
     * Applies the cursor's current record (any kind) at its receive time. Strategy orders it fills
     * are reported to {@code fills}, best price first and within a price in queue order, so that a
     * taker at each order's price meets exactly that order in the engine.
     */
    void apply(ReplayCursor record, FillSink fills);

    /** A strategy order now rests at the back of its level's queue, as of the current book. */
    void joined(StrategyOrder order);

    /** A resting strategy order's remaining count changed (partly filled, decreased), keeping its place. */
    void resized(String orderId, long remaining);

    /** A strategy order left the book (filled, canceled, expired, or amended away: it rejoins with {@link #joined}). */
    void left(String orderId);

    /**
     * The recorded liquidity an arriving order may take: levels of the side opposite {@code takerSide}
     * that cross {@code limitUnits} (the taker's price on its own leg), best first.
     */
    void takeable(int market, int takerSide, int limitUnits, LevelSink levels);

    /**
     * A strategy order took {@code quantity} from the recorded level ({@code side}, {@code priceUnits});
     * that quantity is not offered again until the recording refreshes the level.
     */
    void taken(int market, int side, int priceUnits, long quantity);

    /** How much of the recorded level the strategy has taken and the recording has not refreshed yet. */
    long depleted(int market, int side, int priceUnits);

    /** Receives fills of resting strategy orders. */
    @FunctionalInterface
    interface FillSink {
        void fill(String orderId, long quantity);
    }

    /** Receives levels: side, price on its own leg, quantity available. */
    @FunctionalInterface
    interface LevelSink {
        void level(int side, int priceUnits, long quantity);
    }

    /**
     * One resting strategy order as the model sees it.
     *
     * @param orderId    the engine's order id
     * @param market     the replay log's market index
     * @param side       {@code SIDE_YES} for a YES bid, {@code SIDE_NO} for a YES ask (a NO bid)
     * @param priceUnits its price on its own leg
     * @param remaining  hundredths still resting
     */
    record StrategyOrder(String orderId, int market, int side, int priceUnits, long remaining) {
    }
}
