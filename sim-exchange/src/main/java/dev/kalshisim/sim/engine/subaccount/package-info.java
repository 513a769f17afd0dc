/**
 * Subaccounts: a member's numbered ledgers beside its primary one (Kalshi's {@code /portfolio/subaccounts*}):
 * creating them, cash and position transfers between them (idempotent on the client's transfer id,
 * conserving money and contracts), their netting setting and the settlement-advance lock.
 */
package dev.kalshisim.sim.engine.subaccount;
