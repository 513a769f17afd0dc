/**
 * The ledger: members' accounts and API keys, cash, positions, collateral (the reserve rule and its
 * incremental per-market books) and the exchange-wide money totals, moved exactly for deposits,
 * fills and settlements. It sees orders only as {@link dev.kalshisim.sim.engine.ledger.HeldOrder}.
 */
package dev.kalshisim.sim.engine.ledger;
