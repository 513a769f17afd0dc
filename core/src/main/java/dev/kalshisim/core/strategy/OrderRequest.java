package dev.kalshisim.core.strategy;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;

/**
 * A new limit order a strategy wants placed, in Kalshi's V2 form: a side of the YES book and a
 * YES price (kalshi-api.md section 8).
 *
 * <p>Validated when built: a tradable price (strictly between $0 and $1), a positive count, and
 * an expiration only on a good-till-canceled order (which makes it good-till-time). The tick grid
 * of the market is the venue's to check: an off-grid price comes back as a rejection.
 *
 * @param ticker              the market
 * @param side                bid buys YES; ask sells YES (the same as buying NO at 1 - price)
 * @param yesPrice            the limit price on the YES leg
 * @param count               contracts, positive (fractions of 0.01 allowed)
 * @param timeInForce         how long it may rest
 * @param postOnly            cancel instead of trading on arrival
 * @param reduceOnly          never let it grow the position; the venue caps it by the position
 * @param selfTradePrevention what happens when it would trade with the same member's order
 * @param clientOrderId       the strategy's id for it, or null to have one assigned on submit
 * @param expiresAtNanos      epoch nanos after which it expires, or 0 for none
 */
public record OrderRequest(
        String ticker,
        BookSide side,
        Price yesPrice,
        Count count,
        TimeInForce timeInForce,
        boolean postOnly,
        boolean reduceOnly,
        SelfTradePrevention selfTradePrevention,
        String clientOrderId,
        long expiresAtNanos) {

    /** The value of {@link #expiresAtNanos()} for an order that does not expire. */
    public static final long NO_EXPIRATION = 0L;

    public OrderRequest {
        if (ticker == null || ticker.isBlank()) {
            throw new IllegalArgumentException("an order needs a ticker");
        }
        if (side == null || yesPrice == null || count == null || timeInForce == null
                || selfTradePrevention == null) {
            throw new IllegalArgumentException(
                    "an order needs a side, price, count, time in force and self-trade prevention: " + ticker);
        }
        if (!yesPrice.isTradable()) {
            throw new IllegalArgumentException(
                    "an order's price must be strictly between $0 and $1: " + yesPrice + " on " + ticker);
        }
        if (!count.isPositive()) {
            throw new IllegalArgumentException("an order's count must be positive: " + count + " on " + ticker);
        }
        if (clientOrderId != null && clientOrderId.isBlank()) {
            throw new IllegalArgumentException("a client order id must not be blank: " + ticker);
        }
        if (expiresAtNanos < 0) {
            throw new IllegalArgumentException("an expiration must be epoch nanos or 0: " + expiresAtNanos);
        }
        if (expiresAtNanos != NO_EXPIRATION && timeInForce != TimeInForce.GOOD_TILL_CANCELED) {
            throw new IllegalArgumentException(
                    "only a good-till-canceled order may expire (good-till-time), not " + timeInForce);
        }
    }

    /** A good-till-canceled bid (buy YES) with taker-at-cross self-trade prevention. */
    public static OrderRequest bid(String ticker, Price yesPrice, Count count) {
        return plain(ticker, BookSide.BID, yesPrice, count);
    }

    /** A good-till-canceled ask (sell YES) with taker-at-cross self-trade prevention. */
    public static OrderRequest ask(String ticker, Price yesPrice, Count count) {
        return plain(ticker, BookSide.ASK, yesPrice, count);
    }

    private static OrderRequest plain(String ticker, BookSide side, Price yesPrice, Count count) {
        return new OrderRequest(ticker, side, yesPrice, count, TimeInForce.GOOD_TILL_CANCELED, false, false,
                SelfTradePrevention.TAKER_AT_CROSS, null, NO_EXPIRATION);
    }

    /** This order with its time in force replaced. */
    public OrderRequest withTimeInForce(TimeInForce value) {
        return new OrderRequest(ticker, side, yesPrice, count, value, postOnly, reduceOnly,
                selfTradePrevention, clientOrderId, expiresAtNanos);
    }

    /** This order, post-only or not. */
    public OrderRequest withPostOnly(boolean value) {
        return new OrderRequest(ticker, side, yesPrice, count, timeInForce, value, reduceOnly,
                selfTradePrevention, clientOrderId, expiresAtNanos);
    }

    /** This order, reduce-only or not. */
    public OrderRequest withReduceOnly(boolean value) {
        return new OrderRequest(ticker, side, yesPrice, count, timeInForce, postOnly, value,
                selfTradePrevention, clientOrderId, expiresAtNanos);
    }

    /** This order with its self-trade prevention replaced. */
    public OrderRequest withSelfTradePrevention(SelfTradePrevention value) {
        return new OrderRequest(ticker, side, yesPrice, count, timeInForce, postOnly, reduceOnly,
                value, clientOrderId, expiresAtNanos);
    }

    /** This order with the given client order id. */
    public OrderRequest withClientOrderId(String value) {
        return new OrderRequest(ticker, side, yesPrice, count, timeInForce, postOnly, reduceOnly,
                selfTradePrevention, value, expiresAtNanos);
    }

    /** This order good till {@code epochNanos} (it must be good-till-canceled). */
    public OrderRequest withExpiration(long epochNanos) {
        return new OrderRequest(ticker, side, yesPrice, count, timeInForce, postOnly, reduceOnly,
                selfTradePrevention, clientOrderId, epochNanos);
    }

    /** Whether it expires at a set time. */
    public boolean expires() {
        return expiresAtNanos != NO_EXPIRATION;
    }
}
