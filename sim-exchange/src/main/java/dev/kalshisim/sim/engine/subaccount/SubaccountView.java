package dev.kalshisim.sim.engine.subaccount;

import dev.kalshisim.sim.engine.ledger.AccountBalance;

/**
 * One of a member's ledgers as the subaccount endpoints report it.
 *
 * @param number 0 for the primary, 1-63 for a numbered subaccount
 * @param balance its money, exact
 * @param nettingEnabled its netting setting
 * @param locked whether it is locked for settlement advance
 */
public record SubaccountView(int number, AccountBalance balance, boolean nettingEnabled, boolean locked) {
}
