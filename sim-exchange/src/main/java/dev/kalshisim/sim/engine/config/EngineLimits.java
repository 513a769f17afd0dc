package dev.kalshisim.sim.engine.config;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.sim.engine.fee.FeeSchedule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The largest values the engine accepts, checked before any command changes state, so that every
 * figure it then computes fits in a {@code long}. Counts are in hundredths of a contract, money in
 * micro-dollars.
 *
 * <p>Why the defaults are safe (each bound follows from the ones before it):
 * <ul>
 *   <li>An order is at most 10^8 hundredths (1,000,000 contracts), so price x count is at most
 *       10^4 x 10^8 = 10^12 micros, and so is any one fill's cost.
 *   <li>The fee multiplier is at most 100 with at most 6 decimals, so a fee is at most
 *       k x 100 x $0.25 a contract; with fee coefficients k up to Kalshi's taker 0.07 that is
 *       under 2 x 10^12 micros an order. Fee numerators that pass a long are computed in
 *       {@code BigInteger}; only the fee, which fits, comes back. (A custom {@link FeeSchedule}
 *       with coefficients far above 1 would need smaller limits.)
 *   <li>A member holds at most {@code maxOpenOrdersPerMember} + 1 orders (200,001 by default,
 *       {@link EngineConfig} allows at most 1,000,001), so collateral sums stay under
 *       1,000,001 x 3 x 10^12, about 3 x 10^18 micros.
 *   <li>Deposits across the whole exchange are at most 10^18 micros ($1 trillion). Money is
 *       conserved (cash + $1 per open YES/NO pair + fees = deposits), so every balance, every
 *       member's cash and $1 x open interest stay below it too, as does the conservation check's sum.
 *   <li>A position is at most 10^9 hundredths, so its payout is at most 10^13 micros; splitting
 *       its cost basis on a partial close uses an exact 128-bit product.
 * </ul>
 * Lifetime counters (a member's traded volume in one market, a market's volume) only grow; they
 * would need about 9 million fills of 1,000,000 contracts in one market to pass a long.
 *
 * @param maxOrderCount the largest count of one order or amended order, in hundredths
 * @param maxBatchItems the most orders in one batch request
 * @param maxPosition the largest net position a member may reach in one market, in hundredths,
 *     counting every resting order on the same side as filled
 * @param maxBalanceMicros the largest cash a deposit or a new account may bring a member to
 * @param maxDepositMicros the largest single deposit or withdrawal
 * @param maxTotalDepositsMicros the largest sum of all members' deposits
 * @param maxFeeMultiplier the largest series or event fee multiplier
 */
public record EngineLimits(long maxOrderCount, int maxBatchItems, long maxPosition, long maxBalanceMicros,
        long maxDepositMicros, long maxTotalDepositsMicros, BigDecimal maxFeeMultiplier) {

    /** Decimals a fee multiplier may have, so its exact ratio has a denominator of at most 10^6. */
    public static final int FEE_MULTIPLIER_DECIMALS = 6;
    /** The earliest time the engine stores (its clock is epoch nanoseconds). */
    public static final Instant EARLIEST_TIME = Instant.EPOCH;
    /** The latest time the engine stores: epoch nanoseconds end in April 2262. */
    public static final Instant LATEST_TIME = Instant.parse("2262-01-01T00:00:00Z");

    /** The largest total the conservation check may add up: Long.MAX_VALUE rounded down. */
    private static final long MAX_SAFE_TOTAL_MICROS = 1_000_000_000_000_000_000L;

    public EngineLimits {
        Objects.requireNonNull(maxFeeMultiplier, "maxFeeMultiplier");
        if (maxOrderCount <= 0 || maxOrderCount > 100_000_000L) {
            throw new IllegalArgumentException("maxOrderCount must be 1 to 100,000,000 hundredths: " + maxOrderCount);
        }
        if (maxBatchItems <= 0) {
            throw new IllegalArgumentException("maxBatchItems must be positive: " + maxBatchItems);
        }
        if (maxPosition < maxOrderCount || maxPosition > 1_000_000_000L) {
            throw new IllegalArgumentException("maxPosition must be maxOrderCount to 1,000,000,000: " + maxPosition);
        }
        if (maxTotalDepositsMicros <= 0 || maxTotalDepositsMicros > MAX_SAFE_TOTAL_MICROS) {
            throw new IllegalArgumentException("maxTotalDepositsMicros must be 1 to 10^18: " + maxTotalDepositsMicros);
        }
        if (maxBalanceMicros <= 0 || maxBalanceMicros > maxTotalDepositsMicros) {
            throw new IllegalArgumentException("maxBalanceMicros must be 1 to maxTotalDepositsMicros: " + maxBalanceMicros);
        }
        if (maxDepositMicros <= 0 || maxDepositMicros > maxBalanceMicros) {
            throw new IllegalArgumentException("maxDepositMicros must be 1 to maxBalanceMicros: " + maxDepositMicros);
        }
        if (maxFeeMultiplier.signum() < 0 || maxFeeMultiplier.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("maxFeeMultiplier must be 0 to 100: " + maxFeeMultiplier);
        }
    }

    /**
     * 1,000,000 contracts an order, 10,000 orders a batch, 10,000,000 contracts a position,
     * $1,000,000,000 a balance and a deposit, $1,000,000,000,000 of deposits in all, fee multiplier 100.
     */
    public static EngineLimits defaults() {
        return new EngineLimits(100_000_000L, 10_000, 1_000_000_000L, 1_000_000_000_000_000L,
                1_000_000_000_000_000L, MAX_SAFE_TOTAL_MICROS, BigDecimal.valueOf(100));
    }

    public EngineLimits withMaxOrderCount(long hundredths) {
        return new EngineLimits(hundredths, maxBatchItems, Math.max(maxPosition, hundredths), maxBalanceMicros,
                maxDepositMicros, maxTotalDepositsMicros, maxFeeMultiplier);
    }

    public EngineLimits withMaxPosition(long hundredths) {
        return new EngineLimits(maxOrderCount, maxBatchItems, hundredths, maxBalanceMicros, maxDepositMicros,
                maxTotalDepositsMicros, maxFeeMultiplier);
    }

    public EngineLimits withMaxBatchItems(int items) {
        return new EngineLimits(maxOrderCount, items, maxPosition, maxBalanceMicros, maxDepositMicros,
                maxTotalDepositsMicros, maxFeeMultiplier);
    }

    public EngineLimits withMoney(long balanceMicros, long depositMicros, long totalMicros) {
        return new EngineLimits(maxOrderCount, maxBatchItems, maxPosition, balanceMicros, depositMicros, totalMicros,
                maxFeeMultiplier);
    }

    /** Whether {@code count} is a count one order may have: above zero, at most {@link #maxOrderCount}. */
    public boolean acceptsOrderCount(Count count) {
        return count.isPositive() && count.hundredths() <= maxOrderCount;
    }

    /** The rule for order counts, in the API's words. */
    public String orderCountRule(String field) {
        return field + " must be between 0.01 and " + contracts(maxOrderCount) + " contracts";
    }

    /** The rule for a fee multiplier, or null when {@code multiplier} keeps it. */
    public String feeMultiplierProblem(BigDecimal multiplier) {
        if (multiplier.signum() < 0 || multiplier.compareTo(maxFeeMultiplier) > 0
                || multiplier.stripTrailingZeros().scale() > FEE_MULTIPLIER_DECIMALS) {
            return "fee_multiplier must be between 0 and " + maxFeeMultiplier.toPlainString() + " with at most "
                    + FEE_MULTIPLIER_DECIMALS + " decimals";
        }
        return null;
    }

    /** Whether the engine can store {@code time}: from 1970 to the start of 2262. */
    public static boolean acceptsTime(Instant time) {
        return !time.isBefore(EARLIEST_TIME) && time.isBefore(LATEST_TIME);
    }

    /** {@code hundredths} as whole or fractional contracts with thousands separators ("1,000,000"). */
    public static String contracts(long hundredths) {
        String whole = String.format(Locale.ROOT, "%,d", hundredths / Count.SCALE);
        long fraction = Math.abs(hundredths % Count.SCALE);
        return fraction == 0 ? whole : whole + String.format(Locale.ROOT, ".%02d", fraction);
    }

    /** {@code micros} as dollars and cents with thousands separators ("$1,000,000,000.00"). */
    public static String dollars(long micros) {
        return String.format(Locale.ROOT, "$%,d.%02d", micros / Money.SCALE, Math.abs(micros % Money.SCALE) / 10_000);
    }
}
