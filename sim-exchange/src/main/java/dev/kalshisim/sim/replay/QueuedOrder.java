package dev.kalshisim.sim.replay;

/**
 * A resting strategy order inside a fill model: where it stands in its level's queue, linked to
 * the orders of the strategy before and after it at the same level.
 */
final class QueuedOrder {

    final String id;
    final int market;
    final int side;
    final int priceUnits;
    /** Hundredths still resting. */
    long remaining;
    /**
     * Recorded hundredths ahead of this order. Along a level's queue it never decreases: an order
     * that joined later has at least what was ahead of the earlier one in front of it.
     */
    long ahead;
    /** The last cancel this order was told of, so a trade that explains it later can undo it. */
    long lastCancel;
    long lastCancelShare;
    long lastCancelNanos;
    QueuedOrder prev;
    QueuedOrder next;

    QueuedOrder(String id, int market, int side, int priceUnits, long remaining) {
        this.id = id;
        this.market = market;
        this.side = side;
        this.priceUnits = priceUnits;
        this.remaining = remaining;
    }

    @Override
    public String toString() {
        return id + "@" + priceUnits + "x" + remaining + " ahead " + ahead;
    }
}
