/**
 * Settlement: a market's result, $1 per winning contract, and every holder's settlement record.
 */
package dev.kalshisim.sim.engine.settlement;
