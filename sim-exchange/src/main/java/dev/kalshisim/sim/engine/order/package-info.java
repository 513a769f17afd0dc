/**
 * Orders and their rules: the place, amend and decrease commands and their results, and the services
 * that check them (time in force, post-only, self-trade prevention, reduce-only, client order ids,
 * open-order and position limits, collateral) before the book changes, and cancel orders one by one,
 * in bulk, by market or on a pause.
 */
package dev.kalshisim.sim.engine.order;
