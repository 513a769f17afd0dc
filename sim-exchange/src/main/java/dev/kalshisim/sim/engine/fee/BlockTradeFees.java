package dev.kalshisim.sim.engine.fee;

/**
 * Who pays which fee on a block trade (an RFQ quote executed off the book). Kalshi does not publish
 * its rule (docs/fidelity.md, RFQs and block trades), so the simulator makes it a setting; every
 * choice prices the fee with the engine's {@link FeeSchedule}, never a rule of its own.
 */
public enum BlockTradeFees {
    /** As on the book: the RFQ creator took liquidity (taker fee), the quoter made it (maker fee, per the series). */
    TAKER_AND_MAKER,
    /** Both parties pay the taker fee. */
    BOTH_TAKER,
    /** Neither party pays a trading fee. */
    NONE;

    /** The role whose fee the RFQ creator (the accepting side) pays, or null for none. */
    public Liquidity requesterRole() {
        return this == NONE ? null : Liquidity.TAKER;
    }

    /** The role whose fee the quoter pays, or null for none. */
    public Liquidity quoterRole() {
        return switch (this) {
            case TAKER_AND_MAKER -> Liquidity.MAKER;
            case BOTH_TAKER -> Liquidity.TAKER;
            case NONE -> null;
        };
    }
}
