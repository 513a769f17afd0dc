package dev.kalshisim.sim.engine.ledger;

import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.fee.FeeRounding;
import dev.kalshisim.sim.engine.fee.RebateTiming;

/**
 * Moves members' money for fills, settlements and deposits, exactly, and keeps the exchange-wide
 * totals that the conservation invariant checks.
 *
 * <p>Each YES+NO pair held by members locks $1 at the exchange. Buying an outcome at p costs p a
 * contract; when it closes an opposite holding the pair is dissolved and its $1 goes back to the
 * buyer. So total deposits always equal members' cash + $1 x open interest + fees collected, where
 * fees collected are trade fees plus rounding fees minus rebates minus waivers.
 */
public final class Ledger {

    /** A hundredth of a contract pays $0.01 = 10,000 micro-dollars. */
    public static final long PAYOUT_MICROS_PER_HUNDREDTH = 10_000L;

    private final Collateral collateral;
    private final RebateTiming rebateTiming;
    private long feesCollected;
    private long tradeFees;
    private long roundingFees;
    private long rebates;
    private long feesWaived;
    private long totalDeposits;

    public Ledger(Collateral collateral, RebateTiming rebateTiming) {
        this.collateral = collateral;
        this.rebateTiming = rebateTiming;
    }

    /** Net fees kept by the exchange: trade plus rounding fees, minus rebates and waivers. */
    public long feesCollected() {
        return feesCollected;
    }

    /** Trade fees charged, before rounding. */
    public long tradeFees() {
        return tradeFees;
    }

    /** Rounding fees charged: what flooring members' balance changes took. */
    public long roundingFees() {
        return roundingFees;
    }

    /** Whole cents refunded from orders' rounding accumulators. */
    public long rebates() {
        return rebates;
    }

    /** Fees forgiven because a member's free cash could not pay them. */
    public long feesWaived() {
        return feesWaived;
    }

    public long totalDeposits() {
        return totalDeposits;
    }

    /** Adds (or, negative, removes) cash the member brings in. */
    void deposit(Account account, long micros, long nowNanos) {
        // All three sums first, so an overflow changes nothing.
        long cash = Math.addExact(account.cash, micros);
        long deposits = Math.addExact(account.deposits, micros);
        long total = Math.addExact(totalDeposits, micros);
        account.cash = cash;
        account.deposits = deposits;
        totalDeposits = total;
        account.updatedNanos = nowNanos;
    }

    /**
     * Books a fill of {@code count} hundredths bought on {@code side} in {@code market} at
     * {@code priceUnits} (that leg's price), after the order's remaining count has been updated and
     * its collateral book synced, and charges the fee with Kalshi's
     * rounding ({@link FeeRounding}): the balance moves by the fill's revenue minus the trade fee,
     * floored to the member's precision, plus any rebate from the order's accumulator.
     *
     * <p>The reserve covers price plus worst-case fee but not the rounding (up to $0.0099 a fill), so
     * the rounding comes out of free cash. Where free cash cannot pay it (or per-fill fee rounding
     * beyond the fee reserved up front), the shortfall is waived in whole units of the member's
     * precision, so a balance never goes negative and stays aligned; {@link #feesWaived} counts it.
     *
     * @param accumulator the order's rounding accumulator before this fill
     * @return the fill's charge; its net fee is what the member paid in fees, its accumulator the
     *     order's afterwards
     */
    public FeeRounding.Charge applyFill(Account account, MarketState market, OutcomeSide side, long accumulator,
            long priceUnits, long count, long tradeFee, long nowNanos) {
        PositionState position = account.position(market);
        long revenue = movePosition(position, side, priceUnits, count);
        refreshReserve(account, market);
        FeeRounding.Charge charge = capped(account, FeeRounding.charge(revenue, tradeFee, account.balancePrecision,
                accumulator, rebateTiming));
        account.cash = Math.addExact(account.cash, charge.balanceChange());
        long net = charge.netFee();
        position.feesPaid = Math.addExact(position.feesPaid, net);
        feesCollected = Math.addExact(feesCollected, net);
        tradeFees = Math.addExact(tradeFees, charge.tradeFee());
        roundingFees = Math.addExact(roundingFees, charge.roundingFee());
        rebates = Math.addExact(rebates, charge.rebate());
        feesWaived = Math.addExact(feesWaived, charge.waived());
        position.lastUpdatedNanos = nowNanos;
        account.updatedNanos = nowNanos;
        return charge;
    }

    /**
     * Moves {@code micros} of cash, with the net deposits it stands for, from one of a member's
     * ledgers to another; the caller has checked that {@code from} has it available. Exchange-wide
     * totals do not change: a transfer nets to zero across the member's subaccounts.
     */
    public void transferCash(Account from, Account to, long micros, long nowNanos) {
        long fromCash = Math.subtractExact(from.cash, micros);
        long fromDeposits = Math.subtractExact(from.deposits, micros);
        long toCash = Math.addExact(to.cash, micros);
        long toDeposits = Math.addExact(to.deposits, micros);
        from.cash = fromCash;
        from.deposits = fromDeposits;
        to.cash = toCash;
        to.deposits = toDeposits;
        from.updatedNanos = nowNanos;
        to.updatedNanos = nowNanos;
    }

    /**
     * Moves {@code count} hundredths of a {@code side} holding from one ledger to another at
     * {@code sidePriceUnits} a contract (that side's own price), booked as a trade between the two with
     * no fee: the source buys the opposite side at 1 - price (closing its holding and realizing P&amp;L
     * against its basis), the destination buys {@code side} at price (opening at that basis, or closing
     * an opposite holding it has). Cash moves by each side's revenue, so the member's total is unchanged
     * and so is open interest unless the destination held the opposite side. A transfer is not
     * trading: volume and total traded stay as they were.
     */
    public void transferPosition(Account from, Account to, MarketState market, OutcomeSide side,
            long sidePriceUnits, long count, long nowNanos) {
        PositionState source = from.position(market);
        PositionState destination = to.position(market);
        applyTransferLeg(from, source, side.opposite(), Price.SCALE - sidePriceUnits, count, nowNanos);
        applyTransferLeg(to, destination, side, sidePriceUnits, count, nowNanos);
    }

    private void applyTransferLeg(Account account, PositionState position, OutcomeSide bought, long priceUnits,
            long count, long nowNanos) {
        long traded = position.totalTraded;
        long volume = position.volume;
        long revenue = movePosition(position, bought, priceUnits, count);
        position.totalTraded = traded;
        position.volume = volume;
        account.cash = Math.addExact(account.cash, revenue);
        refreshReserve(account, position.market());
        position.lastUpdatedNanos = nowNanos;
        account.updatedNanos = nowNanos;
    }

    /**
     * The ledger's available cash if it bought {@code count} of {@code bought} at {@code priceUnits}
     * with no fee (one leg of {@link #transferPosition}), reserve included; nothing changes.
     */
    public long availableAfter(Account account, MarketState market, OutcomeSide bought, long priceUnits, long count) {
        PositionState position = account.existingPosition(market.ticker());
        long before = position == null ? 0 : position.count;
        long delta = bought == OutcomeSide.YES ? count : -count;
        long closing = before != 0 && (before > 0) != (delta > 0) ? Math.min(count, Math.abs(before)) : 0;
        long revenue = Math.addExact(Math.negateExact(Math.multiplyExact(priceUnits, count)),
                Math.multiplyExact(closing, PAYOUT_MICROS_PER_HUNDREDTH));
        long reservedHere = position == null ? 0 : position.reserved;
        long required = book(account, market).required(Math.addExact(before, delta));
        long reserved = Math.addExact(account.reserved - reservedHere, required);
        return Math.subtractExact(Math.addExact(account.cash, revenue), reserved);
    }

    /**
     * Moves the position for {@code count} bought on {@code bought} at {@code priceUnits} and returns
     * the fill's revenue before fees: minus the cost, plus $1 a contract that closes an opposite holding.
     */
    private static long movePosition(PositionState position, OutcomeSide bought, long priceUnits, long count) {
        long before = position.count;
        long delta = bought == OutcomeSide.YES ? count : -count;
        long closing = before != 0 && (before > 0) != (delta > 0) ? Math.min(count, Math.abs(before)) : 0;
        long opening = count - closing;
        long cost = Math.multiplyExact(priceUnits, count);
        long revenue = Math.negateExact(cost);
        if (closing > 0) {
            long held = Math.abs(before);
            long basisReleased = closing == held
                    ? position.cost
                    : Arithmetic.mulDivFloor(position.cost, closing, held);
            position.cost -= basisReleased;
            long proceeds = Math.multiplyExact(closing, PAYOUT_MICROS_PER_HUNDREDTH);
            long closingCost = Math.multiplyExact(priceUnits, closing);
            position.realizedPnl = Math.addExact(position.realizedPnl, proceeds - closingCost - basisReleased);
            revenue = Math.addExact(revenue, proceeds);
        }
        position.cost = Math.addExact(position.cost, Math.multiplyExact(priceUnits, opening));
        position.count = Math.addExact(before, delta);
        position.totalTraded = Math.addExact(position.totalTraded, cost);
        position.volume = Math.addExact(position.volume(), count);
        position.market().moveOpenInterest(before, position.count);
        return revenue;
    }

    /** {@code charge}, with as much waived (in whole precision units) as keeps free cash at zero or more. */
    private static FeeRounding.Charge capped(Account account, FeeRounding.Charge charge) {
        long lowest = Math.subtractExact(account.reserved, account.cash);
        long change = charge.balanceChange();
        if (change >= lowest) {
            return charge;
        }
        long allowed = FeeRounding.ceil(lowest, account.balancePrecision);
        // Never waive more than the fees themselves: revenue alone is covered by the reserve.
        long waiver = Math.min(Math.subtractExact(allowed, change),
                Math.max(0, FeeRounding.floor(charge.netFee(), account.balancePrecision)));
        return charge.waive(waiver);
    }

    /**
     * Pays the member's position in a settled market: $1 a winning contract. The position is closed.
     *
     * @return the payout in micros
     */
    public long settle(Account account, PositionState position, MarketResult result, long nowNanos) {
        long before = position.count;
        boolean yesWins = result == MarketResult.YES;
        long winning = yesWins ? Math.max(0, before) : Math.max(0, -before);
        long payout = Math.multiplyExact(winning, PAYOUT_MICROS_PER_HUNDREDTH);
        account.cash = Math.addExact(account.cash, payout);
        position.realizedPnl = Math.addExact(position.realizedPnl, payout - position.cost);
        position.cost = 0;
        position.count = 0;
        position.market().moveOpenInterest(before, 0);
        position.lastUpdatedNanos = nowNanos;
        account.updatedNanos = nowNanos;
        return payout;
    }

    /** The orders holding the member's collateral in {@code market}. */
    public CollateralBook book(Account account, MarketState market) {
        return account.collateralBooks.computeIfAbsent(market.ticker(), ticker -> new CollateralBook(collateral, market));
    }

    /** Holds collateral for an incoming order while it matches; its first order opens the member's position. */
    public void hold(Account account, MarketState market, HeldOrder order, long nowNanos) {
        book(account, market).add(order);
        PositionState position = account.position(market);
        if (position.lastUpdatedNanos == 0) {
            position.lastUpdatedNanos = nowNanos;
        }
        refreshReserve(account, market);
    }

    /** Releases the collateral of an order that no longer rests. */
    public void release(Account account, MarketState market, HeldOrder order) {
        book(account, market).remove(order);
        refreshReserve(account, market);
    }

    /**
     * Brings the member's reserve in {@code market} up to date with its held orders (which must be
     * synced, see {@link CollateralBook#update}) and position. O(log k) in the member's orders.
     */
    public void refreshReserve(Account account, MarketState market) {
        PositionState position = account.position(market);
        long required = book(account, market).required(position.count);
        account.reserved = Math.addExact(account.reserved, required - position.reserved);
        position.reserved = required;
    }

    /** The reserve the member would need in {@code market} with {@code extra} added to its orders. */
    public long reserveWith(Account account, MarketState market, HeldOrder extra) {
        CollateralBook orders = book(account, market);
        boolean added = orders.add(extra);
        try {
            return orders.required(account.position(market).count);
        } finally {
            if (added) {
                orders.remove(extra);
            }
        }
    }
}
