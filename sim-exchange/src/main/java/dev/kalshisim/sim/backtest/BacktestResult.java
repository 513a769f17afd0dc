package dev.kalshisim.sim.backtest;

import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.runtime.RunResult;
import java.util.Map;

/**
 * What a backtest ended with.
 *
 * @param fillModel        the fill model used ({@code l2} or {@code trades})
 * @param queueModel       the queue model used
 * @param pnl              cash at the end minus cash at the start, plus open positions marked at the
 *                         last recorded mid (settled markets are paid out already)
 * @param fees             fees charged
 * @param orders           orders the exchange accepted
 * @param fills            fills of the strategy's orders
 * @param rejections       requests the venue refused, 429s included
 * @param rejections429    requests answered 429
 * @param waitNanos        virtual time requests spent waiting for tokens (paced runs)
 * @param tokensByBucket   tokens spent per bucket ({@code read}, {@code write})
 * @param tokensByEndpoint tokens spent per endpoint ({@code METHOD /path})
 * @param events           market events replayed (a snapshot counts once)
 * @param records          replay records applied
 * @param elapsedNanos     wall time of the replay (not written to the result files)
 * @param run              the strategy runner's own counts
 * @param unofferedLevels  recorded levels an arriving order could not be offered because their price
 *                         is off the market's price grid (a recording without its markets' metadata)
 * @param unmatchedFills   fills of a resting order the engine gave another order than the fill model
 *                         named (a difference of queue order between the two; 0 when they agree)
 */
public record BacktestResult(String fillModel, String queueModel, Money pnl, Money fees, long orders, long fills,
        long rejections, long rejections429, long waitNanos, Map<String, Long> tokensByBucket,
        Map<String, Long> tokensByEndpoint, long events, long records, long elapsedNanos, RunResult run, long unofferedLevels, long unmatchedFills) {

    /** Market events per wall-clock second, rounded down; 0 for a run too short to time. */
    public long eventsPerSecond() {
        return elapsedNanos <= 0 ? 0 : Math.multiplyExact(events, 1_000_000_000L) / elapsedNanos;
    }
}
