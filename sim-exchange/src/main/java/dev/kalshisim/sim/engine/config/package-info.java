/**
 * The engine's tunable assumptions ({@link dev.kalshisim.sim.engine.config.EngineConfig}) and the
 * bounds ({@link dev.kalshisim.sim.engine.config.EngineLimits}) that keep every figure it computes
 * within a {@code long}.
 */
package dev.kalshisim.sim.engine.config;
