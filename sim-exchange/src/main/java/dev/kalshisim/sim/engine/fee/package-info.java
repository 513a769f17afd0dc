/**
 * The fee model: the pluggable {@link dev.kalshisim.sim.engine.fee.FeeSchedule} with Kalshi's
 * quadratic schedule, exact ratios for coefficients and multipliers, and Kalshi's per-fill fee
 * rounding with its rebates. Pure arithmetic on core's money types; depends on no other engine package.
 */
package dev.kalshisim.sim.engine.fee;
