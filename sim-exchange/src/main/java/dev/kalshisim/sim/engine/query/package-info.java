/**
 * The read side: query filters and the services that answer them as Kalshi's records (catalog
 * listings, books, trades, members' orders, fills, positions and settlements). Changes nothing.
 */
package dev.kalshisim.sim.engine.query;
