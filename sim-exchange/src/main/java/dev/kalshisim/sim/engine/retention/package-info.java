/**
 * The live window: what leaves the engine's memory for the historical store and when
 * ({@link dev.kalshisim.sim.engine.retention.LiveWindow}), the batches it hands to the
 * {@link dev.kalshisim.sim.engine.retention.HistorySink}, and the cutoffs between live and historical.
 */
package dev.kalshisim.sim.engine.retention;
