package dev.kalshisim.sim.engine;

/**
 * A member's holding in one market: net contracts (+YES, -NO) in hundredths and money in micros.
 */
final class PositionState {

    final MarketState market;
    long count;
    /** Cost basis of the open position (what was paid for the contracts still held). */
    long cost;
    long realizedPnl;
    long feesPaid;
    long totalTraded;
    long volume;
    /** Collateral reserved for the member's resting orders in this market. */
    long reserved;
    long lastUpdatedNanos;

    PositionState(MarketState market) {
        this.market = market;
    }

    /** Whether the position or its history is worth reporting. */
    boolean isReportable() {
        return count != 0 || volume != 0 || reserved != 0;
    }
}
