package dev.kalshisim.core.strategy;

/**
 * Something a strategy asked its venue to do, stamped with the time it asked.
 *
 * <p>Commands are what a {@link StrategyContext} turns its calls into and hands to the
 * {@link StrategyRuntime}; their outcomes come back later as events. A command names orders by
 * the id the strategy used, which is the client order id for the strategy's own orders: a runner
 * maps it to the venue's order id, waiting for the venue's answer when the order is still in
 * flight.
 */
public sealed interface StrategyCommand
        permits SubmitOrder, SubmitBatch, CancelOrder, CancelAllOrders, AmendOrder, DecreaseOrder,
        SubscribeMarkets, RequestBook {

    /** Epoch nanos at which the strategy issued it. */
    long tsNanos();
}
