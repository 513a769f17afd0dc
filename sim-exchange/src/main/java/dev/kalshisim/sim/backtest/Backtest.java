package dev.kalshisim.sim.backtest;

/**
 * Runs one strategy over a recorded market on virtual time: the recording is the rest of the
 * market, the strategy's orders meet it through the simulator's own engine (Kalshi's rules, fees,
 * collateral), with latency and the account's rate limits, and every change goes to the journal.
 */
public final class Backtest {

    private Backtest() {
    }

    /**
     * Replays {@code config}'s window, driving its strategy, and returns the result once the
     * recording is exhausted and the strategy has stopped (its open orders canceled).
     *
     * @throws IllegalArgumentException for an unknown fill or queue model
     */
    public static BacktestResult run(BacktestConfig config, BacktestJournal journal, BacktestProgress progress) {
        throw new UnsupportedOperationException("being built");
    }
}
