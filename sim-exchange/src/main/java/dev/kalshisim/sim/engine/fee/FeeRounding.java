package dev.kalshisim.sim.engine.fee;

/**
 * Kalshi's fee rounding for one fill (kalshi-api.md section 12, from Kalshi's fee-rounding page):
 * the trade fee is rounded up to $0.0001; the balance change {@code revenue - trade fee} is floored
 * (toward negative infinity) to the member's precision, $0.01 or, for direct members, $0.0001; what
 * the floor takes is a <em>rounding fee</em>. Each order keeps an accumulator of its rounding fees
 * across all its fills, taker and maker alike; each time it <em>exceeds</em> $0.01 (strictly: exactly
 * $0.0100 does not yet qualify) a whole $0.01 is rebated and taken off the accumulator.
 *
 * <p>With {@link RebateTiming#AS_ACCRUED} (the default) the accumulator always ends a fill in
 * [0, $0.01], and an order's fees over all its fills are
 * its trade fees plus at most $0.01, never below its trade fees. Money is in micro-dollars.
 */
public final class FeeRounding {

    /** Non-direct members' balance precision and the rebate unit: $0.01. */
    public static final long CENT = 10_000L;
    /** Direct members' balance precision and the trade fee's rounding unit: $0.0001. */
    public static final long CENTICENT = 100L;

    private FeeRounding() {
    }

    /**
     * One fill's money: the member's balance moves by {@link #balanceChange}, the exchange keeps
     * {@link #netFee}, and {@link #accumulator} is the order's accumulator afterwards.
     *
     * @param revenue what the fill pays the member before fees (negative when it costs money)
     * @param tradeFee the fee model's fee, rounded up to $0.0001
     * @param roundingFee what flooring the balance change took, in [0, precision)
     * @param rebate whole cents refunded from the accumulator
     * @param waived what the ledger forgave because free cash could not pay it (normally zero)
     * @param accumulator the order's accumulated rounding after this fill
     */
    public record Charge(long revenue, long tradeFee, long roundingFee, long rebate, long waived, long accumulator) {

        /** Trade fee plus rounding fee minus rebate (and minus any waiver): Kalshi's fill {@code fee_cost}. */
        public long netFee() {
            return tradeFee + roundingFee - rebate - waived;
        }

        /** The member's balance change: revenue minus the net fee, a multiple of the member's precision. */
        public long balanceChange() {
            return Math.subtractExact(revenue, netFee());
        }

        /** The same charge with {@code amount} more forgiven; the order's accumulator shrinks by as much. */
        public Charge waive(long amount) {
            return new Charge(revenue, tradeFee, roundingFee, rebate, Math.addExact(waived, amount),
                    Math.max(0, accumulator - amount));
        }
    }

    /**
     * Prices one fill with rebates {@linkplain RebateTiming#AS_ACCRUED as accrued}.
     */
    public static Charge charge(long revenue, long tradeFee, long precision, long accumulatorBefore) {
        return charge(revenue, tradeFee, precision, accumulatorBefore, RebateTiming.AS_ACCRUED);
    }

    /**
     * Prices one fill.
     *
     * @param revenue the fill's signed cash effect before fees, micros
     * @param tradeFee the fee model's fee, micros (rounded up to $0.0001 here if it is not already)
     * @param precision the member's balance precision, {@link #CENT} or {@link #CENTICENT}
     * @param accumulatorBefore the order's accumulator before this fill
     * @param timing whether a rebate may take this fill's own net fee below zero
     */
    public static Charge charge(long revenue, long tradeFee, long precision, long accumulatorBefore, RebateTiming timing) {
        long fee = ceil(tradeFee, CENTICENT);
        long exact = Math.subtractExact(revenue, fee);
        long floored = floor(exact, precision);
        long rounding = exact - floored;
        long accumulator = Math.addExact(accumulatorBefore, rounding);
        long rebate = 0;
        // "Exceeds": a rebate needs strictly more than $0.01 accumulated.
        while (accumulator > CENT
                && (timing == RebateTiming.AS_ACCRUED || fee + rounding - rebate - CENT >= 0)) {
            accumulator -= CENT;
            rebate += CENT;
        }
        return new Charge(revenue, fee, rounding, rebate, 0, accumulator);
    }

    /** {@code value} rounded toward negative infinity to a multiple of {@code quantum}. */
    public static long floor(long value, long quantum) {
        return Math.multiplyExact(Math.floorDiv(value, quantum), quantum);
    }

    /** {@code value} rounded toward positive infinity to a multiple of {@code quantum}. */
    public static long ceil(long value, long quantum) {
        return Math.negateExact(floor(Math.negateExact(value), quantum));
    }
}
