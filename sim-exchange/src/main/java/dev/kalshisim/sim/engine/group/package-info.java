/**
 * Order groups: a member's limit on the contracts its orders in a group match over a rolling
 * window ({@link dev.kalshisim.sim.engine.group.OrderGroupService}, tuned by
 * {@link dev.kalshisim.sim.engine.group.OrderGroupRules}). The matcher reports each fill through
 * {@link dev.kalshisim.sim.engine.book.MatchObserver}; a group that reaches its limit cancels its
 * resting orders and refuses new ones until reset. Depends on {@code book}, {@code order},
 * {@code ledger} and the leaves.
 */
package dev.kalshisim.sim.engine.group;
