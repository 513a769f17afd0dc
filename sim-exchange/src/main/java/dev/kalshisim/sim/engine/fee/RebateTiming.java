package dev.kalshisim.sim.engine.fee;

/**
 * When an order's accumulated rounding is rebated (kalshi-api.md section 12). Kalshi's page asks
 * both that an order's fees converge to those of one equivalent fill and that the net fee is never
 * negative; on a fill worth a fraction of a cent whose own fee is under a cent the two cannot both
 * hold for that fill, so the simulator lets the user choose which gives way.
 */
public enum RebateTiming {

    /**
     * A whole $0.01 is rebated as soon as the accumulator exceeds $0.01, even when that takes the
     * fill's own net fee below zero (only possible on sub-cent fills); an order's fees always
     * converge, and per order they are never below its trade fees. The default.
     */
    AS_ACCRUED,

    /**
     * A rebate is paid only on a fill whose net fee stays zero or more; otherwise the accumulator
     * carries it to a later fill. Every fill's net fee is non-negative, at the price of convergence
     * on orders made only of sub-cent fills.
     */
    WHEN_FILL_ABSORBS
}
