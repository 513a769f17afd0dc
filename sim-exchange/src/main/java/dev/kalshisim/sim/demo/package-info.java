/**
 * The simulator's demo catalog and its synthetic background order flow. {@link
 * dev.kalshisim.sim.demo.DemoCatalog#install} is the entry point; everything it does goes through
 * the engine's {@link dev.kalshisim.sim.engine.Exchange} facade, as a user's bot would.
 */
package dev.kalshisim.sim.demo;
