package dev.kalshisim.sim.engine.group;

/**
 * One order group's state: its owner, subaccount, contracts limit, whether it is triggered, and
 * what it matched in the rolling window. Its orders are not listed here: they are the owner's
 * resting orders that name the group, read from the order registry, so nothing can disagree.
 */
final class OrderGroup {

    final String id;
    final String memberId;
    final int subaccount;
    /** Hundredths of a contract. */
    long limit;
    boolean triggered;
    final MatchedWindow matched = new MatchedWindow();

    OrderGroup(String id, String memberId, int subaccount, long limit) {
        this.id = id;
        this.memberId = memberId;
        this.subaccount = subaccount;
        this.limit = limit;
    }
}
