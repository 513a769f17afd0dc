package dev.kalshisim.core.runtime;

import dev.kalshisim.core.model.Count;

/**
 * What a run did, for the end-of-run report: the one result every runtime writes (a live run, the
 * test kit, a backtest), so runs on different venues compare field by field.
 *
 * @param ordersSubmitted      order creates sent to the venue (batch items counted one by one)
 * @param ordersPlaced         creates the venue accepted
 * @param ordersRejected       orders that ended rejected, by the venue or locally
 * @param blackoutRejected     new orders and amends refused locally during a blackout window
 * @param cancelsSent          order cancels sent to the venue
 * @param ordersCanceled       orders that ended cancelled (by the strategy, the venue or the shutdown)
 * @param ordersFilled         orders that ended completely filled
 * @param fills                fills delivered to the strategy
 * @param contractsFilled      contracts in those fills
 * @param amendsSent           amends sent
 * @param decreasesSent        decreases sent
 * @param commandFailures      cancels, amends and decreases that failed and left the order as it was
 * @param rateLimitedResponses HTTP 429 answers the venue gave (0 when unknown or not paced)
 * @param throttleWaitNanos    time requests spent queued by the venue's pacing (0 when unknown)
 * @param openOrdersLeft       orders still open when the run ended (non-zero only if cancels were lost)
 * @param loopFailures         runner tasks that threw (each logged)
 * @param callbackFailures     strategy callbacks that threw (each logged)
 * @param elapsedNanos         from start to the end of the shutdown
 */
public record RunResult(
        long ordersSubmitted,
        long ordersPlaced,
        long ordersRejected,
        long blackoutRejected,
        long cancelsSent,
        long ordersCanceled,
        long ordersFilled,
        long fills,
        Count contractsFilled,
        long amendsSent,
        long decreasesSent,
        long commandFailures,
        long rateLimitedResponses,
        long throttleWaitNanos,
        int openOrdersLeft,
        long loopFailures,
        long callbackFailures,
        long elapsedNanos) {

    /** A few lines for a terminal, one figure per line. */
    public String describe() {
        return String.join(System.lineSeparator(),
                "ran " + millis(elapsedNanos) + " ms",
                "orders placed " + ordersPlaced + " of " + ordersSubmitted + " sent, rejected " + ordersRejected
                        + ", refused in blackout " + blackoutRejected,
                "orders canceled " + ordersCanceled + " (" + cancelsSent + " cancels sent), filled " + ordersFilled,
                "fills " + fills + " (" + contractsFilled + " contracts)",
                "amends " + amendsSent + ", decreases " + decreasesSent + ", failed commands " + commandFailures,
                "429s seen " + rateLimitedResponses + ", throttle waits " + millis(throttleWaitNanos) + " ms",
                "open orders left " + openOrdersLeft + ", runner failures " + loopFailures + ", strategy failures "
                        + callbackFailures);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000L;
    }
}
