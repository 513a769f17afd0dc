package dev.kalshisim.sim.engine.ledger;

import dev.kalshisim.core.model.OutcomeSide;

/**
 * What the ledger needs to know of an order whose collateral it holds. Orders live above the
 * ledger (on the books), so the ledger sees them only through this view; collateral books compare
 * orders by identity.
 */
public interface HeldOrder {

    /** The outcome the order buys. */
    OutcomeSide side();

    /** Price on the order's own outcome leg, in 1/10,000 dollar. */
    long priceUnits();

    /** Hundredths still to fill. */
    long remainingCount();

    /** Time priority: lower rests ahead at the same price. */
    long priority();

    /** Whether the order still rests (collateral is held only for resting and matching orders). */
    boolean isResting();
}
