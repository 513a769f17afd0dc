package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;

/**
 * One order's mutable state inside the engine. Only touched under the exchange lock.
 *
 * <p>The engine keeps every order on its outcome's own leg: a bid buys YES at {@code priceUnits},
 * an ask buys NO at {@code priceUnits} (= 1 - its YES price). Counts are hundredths of a contract,
 * money is micro-dollars, times are epoch nanos.
 */
final class OrderState {

    /** Assigned once the order is accepted, so refused orders use up no id. */
    String id;
    final String memberId;
    final MarketState market;
    /** YES for a bid, NO for an ask. */
    final OutcomeSide side;
    final TimeInForce timeInForce;
    final SelfTradePrevention selfTradePrevention;
    final boolean postOnly;
    final boolean reduceOnly;
    final boolean cancelOnPause;
    final int subaccount;
    final String orderGroupId;
    final long expirationNanos;
    final long createdNanos;
    /** Position in the member's order list, assigned on acceptance; keys the member's resting index. */
    int acceptanceIndex = -1;
    /** Whether the order, finished, waits in the engine's queue for the historical store. */
    boolean finishedQueued;

    String clientOrderId;
    /** Price on the order's own outcome leg, in 1/10,000 dollar. */
    long priceUnits;
    long initialCount;
    long filledCount;
    long remainingCount;
    OrderStatus status = OrderStatus.RESTING;
    CancelReason cancelReason;
    /** Time priority: lower rests ahead at the same price; renewed when priority is lost. */
    long priority;
    long lastUpdateNanos;
    long takerFillCost;
    long makerFillCost;
    /** Net fees (trade plus rounding minus rebates) of the order's taker and maker fills. */
    long takerFees;
    long makerFees;
    /** Rounding fees not yet rebated, over all the order's fills (see {@link FeeRounding}); in [0, $0.01]. */
    long roundingAccumulator;

    OrderState(String memberId, MarketState market, OutcomeSide side, PlaceOrder command,
            long priceUnits, long count, long expirationNanos, long nowNanos) {
        this.memberId = memberId;
        this.market = market;
        this.side = side;
        this.timeInForce = command.timeInForce();
        this.selfTradePrevention = command.selfTradePrevention();
        this.postOnly = command.postOnly();
        this.reduceOnly = command.reduceOnly();
        this.cancelOnPause = command.cancelOnPause();
        this.subaccount = command.subaccount();
        this.orderGroupId = command.orderGroupId();
        this.clientOrderId = command.clientOrderId();
        this.expirationNanos = expirationNanos;
        this.createdNanos = nowNanos;
        this.lastUpdateNanos = nowNanos;
        this.priceUnits = priceUnits;
        this.initialCount = count;
        this.remainingCount = count;
    }

    BookSide bookSide() {
        return side == OutcomeSide.YES ? BookSide.BID : BookSide.ASK;
    }

    /** The order's YES price. */
    Price yesPrice() {
        return Price.ofUnits(side == OutcomeSide.YES ? priceUnits : Price.SCALE - priceUnits);
    }

    boolean isResting() {
        return status == OrderStatus.RESTING;
    }

    boolean hasExpiration() {
        return expirationNanos != Long.MAX_VALUE;
    }

    /** Records a fill of {@code count} at {@code fillPriceUnits} on this order's leg. */
    void fill(long count, long fillPriceUnits, Liquidity liquidity, long nowNanos) {
        filledCount = Math.addExact(filledCount, count);
        remainingCount = Math.subtractExact(remainingCount, count);
        long cost = Math.multiplyExact(fillPriceUnits, count);
        if (liquidity == Liquidity.TAKER) {
            takerFillCost = Math.addExact(takerFillCost, cost);
        } else {
            makerFillCost = Math.addExact(makerFillCost, cost);
        }
        if (remainingCount == 0) {
            status = OrderStatus.EXECUTED;
        }
        lastUpdateNanos = nowNanos;
    }

    /** Records the net fee charged on a fill. */
    void addFee(long fee, Liquidity liquidity) {
        if (liquidity == Liquidity.TAKER) {
            takerFees = Math.addExact(takerFees, fee);
        } else {
            makerFees = Math.addExact(makerFees, fee);
        }
    }

    /** Ends the order's life with its remainder unfilled; an order with fills stays "canceled" too. */
    void cancel(CancelReason reason, long nowNanos) {
        remainingCount = 0;
        status = OrderStatus.CANCELED;
        cancelReason = reason;
        lastUpdateNanos = nowNanos;
    }

    @Override
    public String toString() {
        return "Order[" + id + " " + memberId + " " + market.ticker + " " + bookSide().wire() + " @" + yesPrice()
                + " rem=" + remainingCount + " " + status.wire() + "]";
    }
}
