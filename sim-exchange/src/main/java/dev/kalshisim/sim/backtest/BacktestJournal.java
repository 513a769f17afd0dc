package dev.kalshisim.sim.backtest;

/**
 * Everything a backtest did, in the order it happened, each entry stamped with the virtual time
 * (epoch nanos) it happened at. The result files are written from it; nothing in it depends on the
 * wall clock, so the same data, strategy, parameters and seed give the same entries.
 *
 * <p>Called from the backtest's one thread.
 */
public interface BacktestJournal {

    /** A journal that keeps nothing. */
    BacktestJournal NONE = entry -> {
    };

    void record(BacktestEntry entry);

    /** Called once, after the last entry. */
    default void finish(BacktestResult result) {
    }
}
