package dev.kalshisim.sim.engine;

/**
 * Keeps a resting order consistent across the three places that know about it: its book level,
 * its member's open-order index, and its member's collateral. Every add, shrink and removal goes
 * through here and emits the matching book change.
 */
final class RestingOrders {

    private final EngineState state;

    RestingOrders(EngineState state) {
        this.state = state;
    }

    /** Holds collateral for an incoming order while it matches. */
    void hold(OrderState order) {
        Account account = state.accounts.get(order.memberId);
        state.ledger.book(account, order.market).add(order);
        PositionState position = account.position(order.market);
        if (position.lastUpdatedNanos == 0) {
            position.lastUpdatedNanos = state.now();
        }
        state.ledger.refreshReserve(account, order.market);
    }

    /** Releases the collateral of an order that no longer rests. */
    void release(OrderState order) {
        Account account = state.accounts.get(order.memberId);
        state.ledger.book(account, order.market).remove(order);
        state.ledger.refreshReserve(account, order.market);
    }

    /** Puts an order with a remaining count at the back of its price level. */
    void rest(OrderState order) {
        order.market.book.ladder(order.side).add(order);
        Account account = state.accounts.get(order.memberId);
        account.openOrderCount++;
        account.restingByAcceptance.put(order.acceptanceIndex, order);
        if (order.clientOrderId != null) {
            account.openByClientOrderId.put(order.clientOrderId, order);
        }
        state.emitBook(order, order.priceUnits, order.remainingCount, levelSize(order));
    }

    /** Takes a resting order off the book, keeping its collateral held. */
    void unrest(OrderState order) {
        long remaining = order.remainingCount;
        order.market.book.ladder(order.side).remove(order, remaining);
        forget(order);
        state.emitBook(order, order.priceUnits, -remaining, levelSize(order));
    }

    /** Removes a maker that has just filled completely; its level was already shrunk by the fill. */
    void retireFilled(OrderState order) {
        order.market.book.ladder(order.side).remove(order, 0);
        forget(order);
        state.ledger.book(state.accounts.get(order.memberId), order.market).remove(order);
    }

    /** Shrinks a resting order in place, keeping its priority. */
    void shrink(OrderState order, long by) {
        order.market.book.ladder(order.side).level(order.priceUnits).shrink(by);
        order.remainingCount -= by;
        order.lastUpdateNanos = state.now();
        state.emitBook(order, order.priceUnits, -by, levelSize(order));
        Account account = state.accounts.get(order.memberId);
        state.ledger.book(account, order.market).update(order);
        state.ledger.refreshReserve(account, order.market);
    }

    /**
     * Cancels a resting order's remainder and publishes its new state.
     *
     * @return the contracts taken off the book
     */
    long cancel(OrderState order, CancelReason reason) {
        long reduced = order.remainingCount;
        unrest(order);
        order.cancel(reason, state.now());
        release(order);
        state.emitOrder(order);
        return reduced;
    }

    /**
     * Re-reads a held order's count into its member's collateral book after a fill changed it in
     * place; the reserve itself is refreshed when the fill is booked.
     */
    void syncCollateral(OrderState order) {
        state.ledger.book(state.accounts.get(order.memberId), order.market).update(order);
    }

    /** Cancels {@code order} if it is still resting and its expiration time has come. */
    void expireIfDue(OrderState order) {
        if (order.isResting() && order.expirationNanos <= state.now()) {
            cancel(order, CancelReason.EXPIRED);
        }
    }

    private void forget(OrderState order) {
        Account account = state.accounts.get(order.memberId);
        account.openOrderCount--;
        account.restingByAcceptance.remove(order.acceptanceIndex);
        if (order.clientOrderId != null && account.openByClientOrderId.get(order.clientOrderId) == order) {
            account.openByClientOrderId.remove(order.clientOrderId);
        }
    }

    private static long levelSize(OrderState order) {
        return EngineState.levelSize(order.market, order.side, order.priceUnits);
    }
}
