package dev.kalshisim.sim.backtest;

import java.util.SplittableRandom;

/**
 * The backtest's three delays (order entry, acknowledgement, market data), each its constant plus
 * seeded jitter, and each channel first-in first-out: a message never overtakes the one sent before
 * it on the same channel, as on one TCP connection.
 */
final class Latencies {

    private final BacktestConfig.Latency latency;
    private final SplittableRandom random;
    private long lastEntry = Long.MIN_VALUE;
    private long lastAck = Long.MIN_VALUE;
    private long lastMarketData = Long.MIN_VALUE;

    Latencies(BacktestConfig.Latency latency, SplittableRandom random) {
        this.latency = latency;
        this.random = random;
    }

    /** When a request sent at {@code sentNanos} reaches the exchange. */
    long entry(long sentNanos) {
        lastEntry = Math.max(lastEntry, sentNanos + latency.entryNanos() + jitter(latency.entryJitterNanos()));
        return lastEntry;
    }

    /** When an answer or private message the exchange sends at {@code sentNanos} reaches the strategy. */
    long ack(long sentNanos) {
        lastAck = Math.max(lastAck, sentNanos + latency.ackNanos() + jitter(latency.ackJitterNanos()));
        return lastAck;
    }

    /** When market data the exchange published at {@code sentNanos} reaches the strategy. */
    long marketData(long sentNanos) {
        lastMarketData = Math.max(lastMarketData,
                sentNanos + latency.marketDataNanos() + jitter(latency.marketDataJitterNanos()));
        return lastMarketData;
    }

    private long jitter(long bound) {
        return bound == 0 ? 0 : random.nextLong(bound + 1);
    }
}
