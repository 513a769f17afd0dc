package dev.kalshisim.sim.engine.result;

import dev.kalshisim.core.model.ErrorCode;
import dev.kalshisim.sim.engine.config.EngineLimits;

/**
 * Why the engine refused a command, grouped by subsystem like exchange-core's
 * {@code CommandResultCode}: validation -1xxx, catalog -2xxx, accounts and risk -3xxx, matching
 * -4xxx, exchange state -5xxx.
 *
 * <p>Each reason maps to one Kalshi REST error code and HTTP status; that mapping lives here so the
 * server turns a reason into a response body in one place. The FIX reasons (kalshi-api.md section 4)
 * keep their lower-case names; reasons Kalshi has no name for use {@code invalid_parameters}.
 */
public enum RejectReason {
    // Validation of the command itself.
    INVALID_PARAMETERS(-1001, ErrorCode.INVALID_PARAMETERS),
    /** Off the market's tick grid, or not strictly between $0 and $1. */
    INVALID_PRICE(-1002, ErrorCode.INVALID_PRICE),
    /** Zero count, or an amend total below what has already filled. */
    INVALID_COUNT(-1003, ErrorCode.INVALID_PARAMETERS),
    /** An expiration time already past, or combined with IOC or FOK. */
    INVALID_EXPIRATION(-1004, ErrorCode.INVALID_PARAMETERS),

    // Catalog.
    MARKET_NOT_FOUND(-2001, ErrorCode.MARKET_NOT_FOUND),
    EVENT_NOT_FOUND(-2002, ErrorCode.NOT_FOUND),
    SERIES_NOT_FOUND(-2003, ErrorCode.NOT_FOUND),
    ALREADY_EXISTS(-2004, ErrorCode.CONFLICT),
    /** Before open, paused, or past close_time. */
    MARKET_INACTIVE(-2005, ErrorCode.MARKET_INACTIVE),
    /** Determined or settled. */
    MARKET_ALREADY_CLOSED(-2006, ErrorCode.MARKET_ALREADY_CLOSED),
    /** A control-plane status change the lifecycle does not allow. */
    INVALID_STATUS_TRANSITION(-2007, ErrorCode.BAD_REQUEST),

    // Accounts and risk.
    MEMBER_NOT_FOUND(-3001, ErrorCode.NOT_FOUND),
    INSUFFICIENT_BALANCE(-3002, ErrorCode.INSUFFICIENT_BALANCE),
    TOO_MANY_OPEN_ORDERS(-3003, ErrorCode.BAD_REQUEST),
    REDUCE_ONLY_NOT_REDUCING(-3004, ErrorCode.INVALID_PARAMETERS),
    /** The order could take the member's position past {@link EngineLimits#maxPosition}. */
    POSITION_LIMIT_EXCEEDED(-3005, ErrorCode.INVALID_PARAMETERS),
    /** A balance, deposit or exchange-wide total past its {@link EngineLimits} bound. */
    AMOUNT_LIMIT_EXCEEDED(-3006, ErrorCode.INVALID_PARAMETERS),
    /** A subaccount number the member has not created (0-63 are valid numbers). */
    SUBACCOUNT_NOT_FOUND(-3007, ErrorCode.BAD_REQUEST),
    /** The subaccount is locked for settlement advance, or a lock or unlock does not apply. */
    SUBACCOUNT_LOCKED(-3008, ErrorCode.CONFLICT),
    /** An API key id the member does not hold. */
    API_KEY_NOT_FOUND(-3009, ErrorCode.NOT_FOUND),

    // Orders and matching.
    ORDER_NOT_FOUND(-4001, ErrorCode.ORDER_NOT_FOUND),
    /** The order exists but is no longer resting (executed or canceled). */
    ORDER_NOT_RESTING(-4002, ErrorCode.ORDER_NOT_FOUND),
    /** A client_order_id already used by one of the member's open orders. */
    ORDER_ALREADY_EXISTS(-4003, ErrorCode.ORDER_ALREADY_EXISTS),
    POST_ONLY_CROSS(-4004, ErrorCode.POST_ONLY_CROSS),
    FOK_INSUFFICIENT_VOLUME(-4005, ErrorCode.FOK_INSUFFICIENT_VOLUME),
    /** A taker_at_cross order whose first match would be the member's own resting order. */
    SELF_CROSS_ATTEMPT(-4006, ErrorCode.SELF_CROSS_ATTEMPT),
    ORDER_GROUP_NOT_FOUND(-4007, ErrorCode.ORDER_GROUP_NOT_FOUND),
    /** The order's group is triggered (its contracts limit was reached) until it is reset. */
    ORDER_GROUP_LIMIT_EXCEEDED(-4008, ErrorCode.EXCEEDED_ORDER_GROUP_RISK_LIMIT),
    /**
     * An order names a group the member does not hold: Kalshi's code, but 400, the status order
     * creation declares for a refused order (the group endpoints answer 404 with {@link #ORDER_GROUP_NOT_FOUND}).
     */
    ORDER_GROUP_NOT_FOUND_FOR_ORDER(-4009, ErrorCode.ORDER_GROUP_NOT_FOUND, 400),

    // Exchange state.
    /** Trading or the whole exchange is paused. */
    EXCHANGE_PAUSED(-5001, ErrorCode.EXCHANGE_PAUSED),
    EXCHANGE_UNAVAILABLE(-5002, ErrorCode.EXCHANGE_UNAVAILABLE),
    INTERNAL_ERROR(-5003, ErrorCode.INTERNAL_ERROR);

    private final int code;
    private final ErrorCode errorCode;
    private final int httpStatus;

    RejectReason(int code, ErrorCode errorCode) {
        this(code, errorCode, errorCode.httpStatus());
    }

    RejectReason(int code, ErrorCode errorCode, int httpStatus) {
        this.code = code;
        this.errorCode = errorCode;
        this.httpStatus = httpStatus;
    }

    /** A stable numeric code, negative and grouped by subsystem. */
    public int code() {
        return code;
    }

    /** The Kalshi REST error this reason is reported as. */
    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The HTTP status of that error. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The reason in words for a message, e.g. "order not resting" (never the constant's Java name). */
    public String describe() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** The lower-case Kalshi code, e.g. {@code insufficient_balance}. */
    public String wireCode() {
        return errorCode.wire();
    }
}
