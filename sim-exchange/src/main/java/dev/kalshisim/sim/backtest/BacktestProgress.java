package dev.kalshisim.sim.backtest;

/** Told how far a backtest has got, every so many records; called from the backtest's thread. */
@FunctionalInterface
public interface BacktestProgress {

    BacktestProgress NONE = (recordsDone, recordsTotal, events, elapsedNanos) -> {
    };

    /**
     * @param recordsDone   replay records applied so far
     * @param recordsTotal  replay records in the run's window
     * @param events        market events applied so far (a snapshot counts once)
     * @param elapsedNanos  wall time since the replay began
     */
    void progress(long recordsDone, long recordsTotal, long events, long elapsedNanos);
}
