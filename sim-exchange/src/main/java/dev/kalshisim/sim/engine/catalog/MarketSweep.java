package dev.kalshisim.sim.engine.catalog;

/**
 * Cancels every resting order in a market whose status change ends them (close, reactivation after
 * a pause). Orders live above the catalog, so the order side hands the lifecycle this hook instead
 * of the catalog reaching up to it.
 */
@FunctionalInterface
public interface MarketSweep {

    /** Cancels the market's resting orders, best levels first, as a status change. */
    void cancelResting(MarketState market);
}
