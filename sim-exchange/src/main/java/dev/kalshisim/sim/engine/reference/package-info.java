/**
 * Reference data a Kalshi catalog holds beside its series, events and markets, which the engine
 * neither matches nor settles on: milestones and their live data, structured targets,
 * announcements, incentive programs, weather indexes, event metadata overrides, FCM members and
 * their subtraders, the members' funding history and target balance allocations.
 *
 * <p>{@link dev.kalshisim.sim.engine.reference.ReferenceData} is the one store; the control plane
 * fills it, the REST routes read it. Records carry Kalshi's wire names so the routes serialize
 * them as they are.
 */
package dev.kalshisim.sim.engine.reference;
