package dev.kalshisim.sim.engine.ledger;

import dev.kalshisim.sim.engine.catalog.MarketState;




/**
 * A member's holding in one market: net contracts (+YES, -NO) in hundredths and money in micros.
 * Changed only by the {@link Ledger}; read by everyone else.
 */
public final class PositionState {

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

    public MarketState market() {
        return market;
    }

    public long count() {
        return count;
    }

    public long cost() {
        return cost;
    }

    public long realizedPnl() {
        return realizedPnl;
    }

    public long feesPaid() {
        return feesPaid;
    }

    public long totalTraded() {
        return totalTraded;
    }

    public long volume() {
        return volume;
    }

    public long reserved() {
        return reserved;
    }

    public long lastUpdatedNanos() {
        return lastUpdatedNanos;
    }

    /** Whether the position or its history is worth reporting. */
    public boolean isReportable() {
        return count != 0 || volume != 0 || reserved != 0;
    }
}
