package dev.kalshisim.sim.engine.result;

/** Why an order stopped resting without being fully executed. */
public enum CancelReason {
    /** The member canceled it (cancel, batch cancel, cancel all, or decrease to zero). */
    MEMBER_CANCELED,
    /** The unfilled rest of an immediate-or-cancel order. */
    IMMEDIATE_OR_CANCEL,
    /** A taker_at_cross order met the member's own resting order. */
    TAKER_CANCEL_FOR_SELF_TRADE_PREVENTION,
    /** A resting order was canceled because the member's own maker-STP order crossed it. */
    MAKER_CANCEL_FOR_SELF_TRADE_PREVENTION,
    /** A post-only order that would have crossed (only when crossing post-only orders are not rejected). */
    POST_ONLY_CROSS,
    /** A good-till-time order reached its expiration time. */
    EXPIRED,
    /** The market closed, was reactivated after a pause, or settled. */
    MARKET_STATUS_CHANGE,
    /** A cancel_order_on_pause order when a trading or exchange pause began. */
    EXCHANGE_PAUSE,
    /** Its order group was triggered (the contracts limit was reached, or on demand) or deleted. */
    ORDER_GROUP
}
