package dev.kalshisim.data.synthetic;

/**
 * The order flow of an ordinary market at activity 1 (a market's liquidity scales the rates).
 *
 * @param addsPerSecond      limit orders joining the book per second
 * @param takesPerSecond     bursts of marketable orders per second
 * @param burstMean          mean number of orders in a burst (geometric, at least one)
 * @param targetDepth        contracts resting per side the cancels keep the book near
 * @param depthDecay         how fast the depth profile thins away from the touch: the chance a new order
 *                           goes one level deeper, 0..1
 * @param maxOrderContracts  the largest limit order; marketable orders are up to a third of it
 * @param tickerGapNanos     the least time between two ticker messages of one market
 * @param latencyNanos       the largest network latency between the exchange time and the receive time
 */
public record FlowRates(double addsPerSecond, double takesPerSecond, double burstMean, long targetDepth,
        double depthDecay, int maxOrderContracts, long tickerGapNanos, long latencyNanos) {

    public FlowRates {
        if (addsPerSecond <= 0 || takesPerSecond < 0 || burstMean < 1 || targetDepth < 1
                || depthDecay <= 0 || depthDecay >= 1 || maxOrderContracts < 3 || latencyNanos < 1) {
            throw new IllegalArgumentException("flow rates out of range: " + this);
        }
    }
}
