/**
 * Engine time: conversions between the engine's epoch nanoseconds and {@link java.time.Instant} or
 * Kalshi's wire units, and the work that falls due at a time (opens, closes, expiries). Depends on
 * nothing else in the engine.
 */
package dev.kalshisim.sim.engine.time;
