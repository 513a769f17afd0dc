package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The REST error codes the simulator emits, each with the HTTP status it is sent with.
 *
 * <p>Codes seen on Kalshi's wire are {@code invalid_parameters}, {@code bad_request},
 * {@code order_already_exists} (409), {@code service_unavailable} and {@code too_many_requests}.
 * The exchange reject reasons are the lower-case forms of the FIX Text(58) reasons (kalshi-api.md
 * section 4), which Kalshi's REST spelling is assumed to follow; their statuses (400 for business
 * rejects, 404 for unknown resources) are our choice.
 */
public enum ErrorCode implements WireValue {
    // Request shape and generic HTTP conditions.
    INVALID_PARAMETERS("invalid_parameters", 400),
    BAD_REQUEST("bad_request", 400),
    UNAUTHORIZED("unauthorized", 401),
    FORBIDDEN("forbidden", 403),
    NOT_FOUND("not_found", 404),
    METHOD_NOT_ALLOWED("method_not_allowed", 405),
    CONFLICT("conflict", 409),
    TOO_MANY_REQUESTS("too_many_requests", 429),
    INTERNAL_ERROR("internal_error", 500),
    SERVICE_UNAVAILABLE("service_unavailable", 503),

    // Exchange reject reasons (FIX Text 58, lower-cased).
    ORDER_ALREADY_EXISTS("order_already_exists", 409),
    MARKET_NOT_FOUND("market_not_found", 404),
    ORDER_NOT_FOUND("order_not_found", 404),
    ORDER_GROUP_NOT_FOUND("order_group_not_found", 404),
    INSUFFICIENT_BALANCE("insufficient_balance", 400),
    MARKET_INACTIVE("market_inactive", 400),
    MARKET_ALREADY_CLOSED("market_already_closed", 400),
    INVALID_PRICE("invalid_price", 400),
    EXCHANGE_PAUSED("exchange_paused", 400),
    EXCHANGE_UNAVAILABLE("exchange_unavailable", 503),
    SELF_CROSS_ATTEMPT("self_cross_attempt", 400),
    FOK_INSUFFICIENT_VOLUME("fok_insufficient_volume", 400),
    POST_ONLY_CROSS("post_only_cross", 400),
    EXCEEDED_ORDER_GROUP_RISK_LIMIT("exceeded_order_group_risk_limit", 400),
    TAKER_CANCEL_FOR_SELF_TRADE_PREVENTION("taker_cancel_for_self_trade_prevention", 400),
    MAKER_CANCEL_FOR_SELF_TRADE_PREVENTION("maker_cancel_for_self_trade_prevention", 400),
    IMMEDIATE_OR_CANCELLED("immediate_or_cancelled", 400);

    private final String wire;
    private final int httpStatus;

    ErrorCode(String wire, int httpStatus) {
        this.wire = wire;
        this.httpStatus = httpStatus;
    }

    /** The code as written in {@code error.code}. */
    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    /** The HTTP status a REST response carrying this code is sent with. */
    public int httpStatus() {
        return httpStatus;
    }

    /** An error with this code and {@code message}. */
    public KalshiError error(String message) {
        return KalshiError.of(this, message);
    }

    /**
     * The value whose wire name is {@code text}.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    @JsonCreator
    public static ErrorCode fromWire(String text) {
        for (ErrorCode value : values()) {
            if (value.wire.equals(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException(WireNames.unknown("ErrorCode", text, values()));
    }
}
