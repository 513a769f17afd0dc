package dev.kalshisim.sim.engine.ledger;

import dev.kalshisim.core.model.Balance;
import dev.kalshisim.core.model.Money;
import java.time.Instant;
import java.util.List;

/**
 * A member's money, exact to the micro-dollar.
 *
 * @param memberId the member
 * @param cash all cash held for the member, including what resting orders reserve
 * @param reserved collateral (cost plus worst-case fee) held for resting orders
 * @param positionsValue open positions valued at their cost basis
 * @param deposits net deposits, the member's starting balance plus later deposits and withdrawals
 * @param updatedTime last change of the balance
 */
public record AccountBalance(
        String memberId, Money cash, Money reserved, Money positionsValue, Money deposits, Instant updatedTime) {

    /** Cash not reserved by resting orders: what new orders can use (Kalshi's {@code balance}). */
    public Money available() {
        return cash.minus(reserved);
    }

    /**
     * Kalshi's {@code GET /portfolio/balance} body: balance = available cash, portfolio value =
     * positions at cost plus reserved collateral; integer cents are floored.
     */
    public Balance toBalance() {
        Money portfolio = positionsValue.plus(reserved);
        return new Balance(available().floorCents(), available(), portfolio.floorCents(),
                updatedTime.getEpochSecond(), List.of());
    }
}
