/**
 * How the engine answers: {@link dev.kalshisim.sim.engine.result.EngineResult} (a value or a
 * {@link dev.kalshisim.sim.engine.result.RejectReason}) and
 * {@link dev.kalshisim.sim.engine.result.CancelReason}, why an order stopped resting. The bottom of
 * the engine: every other engine package may use it.
 */
package dev.kalshisim.sim.engine.result;
