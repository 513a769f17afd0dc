/**
 * The catalog and market lifecycle: series, events and markets with their specs and tick grids, the
 * markets' statuses driven by the clock and the control plane, and the exchange and trading pauses
 * with the gates they put on orders. Orders live above this package: the lifecycle cancels them
 * through the {@link dev.kalshisim.sim.engine.catalog.MarketSweep} hook and the pauses through a
 * registered action, and it shows markets through a record function it is given.
 */
package dev.kalshisim.sim.engine.catalog;
