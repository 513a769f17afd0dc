package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.OutcomeSide;

/**
 * Moves members' money for fills, settlements and deposits, exactly, and keeps the exchange-wide
 * totals that the conservation invariant checks.
 *
 * <p>Each YES+NO pair held by members locks $1 at the exchange. Buying an outcome at p costs p a
 * contract; when it closes an opposite holding the pair is dissolved and its $1 goes back to the
 * buyer. So total deposits always equal members' cash + $1 x open interest + fees collected.
 */
final class Ledger {

    /** A hundredth of a contract pays $0.01 = 10,000 micro-dollars. */
    static final long PAYOUT_MICROS_PER_HUNDREDTH = 10_000L;

    private final Collateral collateral;
    private long feesCollected;
    private long totalDeposits;

    Ledger(Collateral collateral) {
        this.collateral = collateral;
    }

    long feesCollected() {
        return feesCollected;
    }

    long totalDeposits() {
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
     * Books a fill of {@code count} hundredths bought on {@code bought} at {@code priceUnits} (that
     * leg's price), after the order's remaining count has been updated, and charges {@code fee}.
     *
     * <p>The fee is capped at the member's free cash so a balance never goes negative; the cap binds
     * only when per-fill rounding exceeds the fee reserved up front (tiny counts at extreme prices).
     *
     * @return the fee actually charged
     */
    long applyFill(Account account, MarketState market, OutcomeSide bought, long priceUnits, long count, long fee,
            long nowNanos) {
        PositionState position = account.position(market);
        long before = position.count;
        long delta = bought == OutcomeSide.YES ? count : -count;
        long closing = before != 0 && (before > 0) != (delta > 0) ? Math.min(count, Math.abs(before)) : 0;
        long opening = count - closing;
        long cost = Math.multiplyExact(priceUnits, count);
        if (closing > 0) {
            long held = Math.abs(before);
            long basisReleased = closing == held
                    ? position.cost
                    : Arithmetic.mulDivFloor(position.cost, closing, held);
            position.cost -= basisReleased;
            long proceeds = Math.multiplyExact(closing, PAYOUT_MICROS_PER_HUNDREDTH);
            long closingCost = Math.multiplyExact(priceUnits, closing);
            position.realizedPnl = Math.addExact(position.realizedPnl, proceeds - closingCost - basisReleased);
            account.cash = Math.addExact(account.cash, proceeds);
        }
        position.cost = Math.addExact(position.cost, Math.multiplyExact(priceUnits, opening));
        position.count = Math.addExact(before, delta);
        account.cash = Math.subtractExact(account.cash, cost);
        position.totalTraded = Math.addExact(position.totalTraded, cost);
        position.volume = Math.addExact(position.volume, count);
        trackOpenInterest(market, before, position.count);
        refreshReserve(account, market);
        long charged = Math.max(0, Math.min(fee, account.available()));
        account.cash -= charged;
        position.feesPaid = Math.addExact(position.feesPaid, charged);
        feesCollected = Math.addExact(feesCollected, charged);
        position.lastUpdatedNanos = nowNanos;
        account.updatedNanos = nowNanos;
        return charged;
    }

    /**
     * Pays the member's position in a settled market: $1 a winning contract. The position is closed.
     *
     * @return the payout in micros
     */
    long settle(Account account, PositionState position, MarketResult result, long nowNanos) {
        long before = position.count;
        boolean yesWins = result == MarketResult.YES;
        long winning = yesWins ? Math.max(0, before) : Math.max(0, -before);
        long payout = Math.multiplyExact(winning, PAYOUT_MICROS_PER_HUNDREDTH);
        account.cash = Math.addExact(account.cash, payout);
        position.realizedPnl = Math.addExact(position.realizedPnl, payout - position.cost);
        position.cost = 0;
        position.count = 0;
        trackOpenInterest(position.market, before, 0);
        position.lastUpdatedNanos = nowNanos;
        account.updatedNanos = nowNanos;
        return payout;
    }

    /** The orders holding the member's collateral in {@code market}. */
    CollateralBook book(Account account, MarketState market) {
        return account.collateralBooks.computeIfAbsent(market.ticker, ticker -> new CollateralBook(collateral, market));
    }

    /**
     * Brings the member's reserve in {@code market} up to date with its held orders (which must be
     * synced, see {@link CollateralBook#update}) and position. O(log k) in the member's orders.
     */
    void refreshReserve(Account account, MarketState market) {
        PositionState position = account.position(market);
        long required = book(account, market).required(position.count);
        account.reserved = Math.addExact(account.reserved, required - position.reserved);
        position.reserved = required;
    }

    /** The reserve the member would need in {@code market} with {@code extra} added to its orders. */
    long reserveWith(Account account, MarketState market, OrderState extra) {
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

    private static void trackOpenInterest(MarketState market, long before, long after) {
        market.yesOpenInterest += Math.max(0, after) - Math.max(0, before);
        market.noOpenInterest += Math.max(0, -after) - Math.max(0, -before);
    }
}
