package dev.kalshisim.sim.engine.book;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.fee.FeeRounding;
import dev.kalshisim.sim.engine.fee.Liquidity;
import dev.kalshisim.sim.engine.ledger.HeldOrder;
import dev.kalshisim.sim.engine.result.CancelReason;

/**
 * One order's mutable state inside the engine (the strategy API's {@code OrderState} is another
 * thing: a status). Only touched under the exchange lock, and changed only by the book's services
 * ({@link RestingOrders}, {@link Matcher}, {@link OrderRegistry}); the order services read it.
 *
 * <p>The engine keeps every order on its outcome's own leg: a bid buys YES at {@code priceUnits},
 * an ask buys NO at {@code priceUnits} (= 1 - its YES price). Counts are hundredths of a contract,
 * money is micro-dollars, times are epoch nanos.
 */
public final class BookOrder implements HeldOrder {

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

    /**
     * An order not yet accepted: it gets its id when the {@link OrderRegistry} accepts it.
     *
     * @param priority its time-priority stamp ({@link OrderRegistry#nextPriority})
     */
    public BookOrder(String memberId, MarketState market, OutcomeSide side, TimeInForce timeInForce,
            SelfTradePrevention selfTradePrevention, boolean postOnly, boolean reduceOnly, boolean cancelOnPause,
            int subaccount, String orderGroupId, String clientOrderId, long priceUnits, long count,
            long expirationNanos, long priority, long nowNanos) {
        this.memberId = memberId;
        this.market = market;
        this.side = side;
        this.timeInForce = timeInForce;
        this.selfTradePrevention = selfTradePrevention;
        this.postOnly = postOnly;
        this.reduceOnly = reduceOnly;
        this.cancelOnPause = cancelOnPause;
        this.subaccount = subaccount;
        this.orderGroupId = orderGroupId;
        this.clientOrderId = clientOrderId;
        this.expirationNanos = expirationNanos;
        this.createdNanos = nowNanos;
        this.lastUpdateNanos = nowNanos;
        this.priceUnits = priceUnits;
        this.initialCount = count;
        this.remainingCount = count;
        this.priority = priority;
    }

    public String id() {
        return id;
    }

    public String memberId() {
        return memberId;
    }

    public MarketState market() {
        return market;
    }

    /** YES for a bid, NO for an ask. */
    @Override
    public OutcomeSide side() {
        return side;
    }

    public TimeInForce timeInForce() {
        return timeInForce;
    }

    public SelfTradePrevention selfTradePrevention() {
        return selfTradePrevention;
    }

    public boolean postOnly() {
        return postOnly;
    }

    public boolean cancelOnPause() {
        return cancelOnPause;
    }

    public int subaccount() {
        return subaccount;
    }

    /** The order group the order was placed in, or null. */
    public String orderGroupId() {
        return orderGroupId;
    }

    public long expirationNanos() {
        return expirationNanos;
    }

    public long createdNanos() {
        return createdNanos;
    }

    public String clientOrderId() {
        return clientOrderId;
    }

    @Override
    public long priceUnits() {
        return priceUnits;
    }

    public long filledCount() {
        return filledCount;
    }

    @Override
    public long remainingCount() {
        return remainingCount;
    }

    public OrderStatus status() {
        return status;
    }

    public CancelReason cancelReason() {
        return cancelReason;
    }

    @Override
    public long priority() {
        return priority;
    }

    public long lastUpdateNanos() {
        return lastUpdateNanos;
    }

    public long roundingAccumulator() {
        return roundingAccumulator;
    }

    /** Whether the order, finished, waits in the registry's queue for the historical store. */
    public boolean finishedQueued() {
        return finishedQueued;
    }

    public BookSide bookSide() {
        return side.bookSideWhenBuying();
    }

    /** The order's YES price. */
    public Price yesPrice() {
        return side.toYesPrice(Price.ofUnits(priceUnits));
    }

    @Override
    public boolean isResting() {
        return status == OrderStatus.RESTING;
    }

    public boolean hasExpiration() {
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
    public void cancel(CancelReason reason, long nowNanos) {
        remainingCount = 0;
        status = OrderStatus.CANCELED;
        cancelReason = reason;
        lastUpdateNanos = nowNanos;
    }

    @Override
    public String toString() {
        return "Order[" + id + " " + memberId + " " + market.ticker() + " " + bookSide().wire() + " @" + yesPrice()
                + " rem=" + remainingCount + " " + status.wire() + "]";
    }
}
