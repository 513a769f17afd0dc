package dev.kalshisim.sim.engine.config;

/**
 * Which orders self-trade prevention treats as the same trader's. Kalshi does not say whether its
 * self-trade prevention spans a member's subaccounts (UNCONFIRMED, docs/fidelity.md): the default
 * treats the whole member as one trader, as an exchange that forbids wash trades within one
 * beneficial owner must.
 */
public enum SelfTradeScope {
    /** Any two orders of one member, whatever their subaccounts. */
    MEMBER,
    /** Only orders of the same member and the same subaccount; a member's subaccounts trade with each other. */
    SUBACCOUNT
}
