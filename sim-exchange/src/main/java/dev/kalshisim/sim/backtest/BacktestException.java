package dev.kalshisim.sim.backtest;

/** A backtest that could not run to its end; the message says why in one line. */
public final class BacktestException extends RuntimeException {

    public BacktestException(String message) {
        super(message);
    }
}
